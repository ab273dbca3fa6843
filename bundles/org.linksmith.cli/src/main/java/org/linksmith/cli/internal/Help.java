/*******************************************************************************
 * Copyright (c) 2026 Linksmith contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.linksmith.cli.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.linksmith.cli.internal.CommandModel.Option;
import org.linksmith.cli.internal.CommandModel.Parameter;

/**
 * The help of the commands and their bash/zsh completion script, both rendered from the command
 * models, with the texts of {@code usage.properties}.
 */
final class Help {

	private static final int WIDTH = 80;
	private static final int MAX_COLUMN = 28;
	private static final String NL = System.lineSeparator();

	private final ResourceBundle texts = ResourceBundle.getBundle("org.linksmith.cli.internal.usage"); //$NON-NLS-1$

	/** @return the text under {@code key}, or the key itself when there is none */
	String text(String key) {
		try {
			return texts.getString(key);
		} catch (MissingResourceException e) {
			return key;
		}
	}

	/** @return the description of a command (or of {@code linksmith} itself for {@code null}) */
	String description(String command) {
		return text(command == null ? "linksmith.usage.description" : "linksmith." + command + ".usage.description"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** @return the help of one command */
	String usage(CommandModel m) {
		StringBuilder b = new StringBuilder();
		String head = text("heading.usage") + ' ' + m.qualifiedName(); //$NON-NLS-1$
		List<String> words = new ArrayList<>();
		List<Option> grouped = new ArrayList<>();
		for (List<Option> group : m.exclusive) {
			grouped.addAll(group);
			List<String> names = new ArrayList<>();
			for (Option o : group) {
				names.add(synopsis(o));
			}
			words.add('[' + String.join(" | ", names) + ']'); //$NON-NLS-1$
		}
		for (Option o : m.options) {
			if (!grouped.contains(o)) {
				String s = o.required ? synopsis(o) : '[' + synopsis(o) + ']';
				words.add(o.repeatable ? s + "..." : s); //$NON-NLS-1$
			}
		}
		for (Parameter p : m.parameters) {
			String s = p.label + (p.max > 1 ? "..." : ""); //$NON-NLS-1$ //$NON-NLS-2$
			words.add(p.min == 0 ? '[' + s + ']' : s);
		}
		b.append(fill(head, words, head.length() + 1));
		b.append(NL).append(wrap(description(m.name), 0)).append(NL);
		if (!m.parameters.isEmpty()) {
			b.append(NL).append(text("heading.arguments")).append(NL); //$NON-NLS-1$
			List<String[]> rows = new ArrayList<>();
			for (Parameter p : m.parameters) {
				rows.add(new String[] { "  " + p.label, describe(p.descriptionKey, p.choices) }); //$NON-NLS-1$
			}
			table(b, rows);
		}
		b.append(NL).append(text("heading.options")).append(NL); //$NON-NLS-1$
		List<String[]> rows = new ArrayList<>();
		for (Option o : m.options) {
			rows.add(new String[] { names(o), describe(o.descriptionKey, o.choices) });
		}
		table(b, rows);
		return b.toString();
	}

	/** @return the help of {@code linksmith} itself, listing the commands */
	String rootUsage(List<Option> rootOptions, List<String> commands) {
		StringBuilder b = new StringBuilder();
		b.append(text("heading.usage")).append(" linksmith [-hV] COMMAND").append(NL); //$NON-NLS-1$ //$NON-NLS-2$
		b.append(wrap(description(null), 0)).append(NL);
		b.append(NL).append(text("heading.options")).append(NL); //$NON-NLS-1$
		List<String[]> rows = new ArrayList<>();
		for (Option o : rootOptions) {
			rows.add(new String[] { names(o), text(o.descriptionKey) });
		}
		table(b, rows);
		b.append(NL).append(text("heading.commands")).append(NL); //$NON-NLS-1$
		rows.clear();
		for (String c : commands) {
			rows.add(new String[] { "  " + c, firstSentence(description(c)) }); //$NON-NLS-1$
		}
		table(b, rows);
		b.append(NL);
		for (int i = 0;; i++) {
			String line = text("linksmith.usage.footer." + i); //$NON-NLS-1$
			if (line.startsWith("linksmith.")) { //$NON-NLS-1$
				break;
			}
			b.append(wrap(line, 0)).append(NL);
		}
		return b.toString();
	}

	/** {@code -t TYPE}: the first name and the value */
	private static String synopsis(Option o) {
		return o.names.get(0) + (o.label == null ? "" : ' ' + o.label); //$NON-NLS-1$
	}

	/** {@code   -t, --type=TYPE}; a long-only option indented as if it had a short one */
	private static String names(Option o) {
		StringBuilder s = new StringBuilder("  "); //$NON-NLS-1$
		if (o.names.get(0).startsWith("--")) { //$NON-NLS-1$
			s.append("    "); //$NON-NLS-1$
		}
		s.append(String.join(", ", o.names)); //$NON-NLS-1$
		if (o.label != null) {
			s.append('=').append(o.label);
		}
		return s.toString();
	}

	private String describe(String key, List<String> choices) {
		return text(key).replace("${COMPLETION-CANDIDATES}", String.join(", ", choices)); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static void table(StringBuilder b, List<String[]> rows) {
		int column = 0;
		for (String[] row : rows) {
			if (row[0].length() + 2 <= MAX_COLUMN) {
				column = Math.max(column, row[0].length() + 2);
			}
		}
		for (String[] row : rows) {
			b.append(row[0]);
			if (row[0].length() + 2 > column) {
				b.append(NL).append(" ".repeat(column)); //$NON-NLS-1$
			} else {
				b.append(" ".repeat(column - row[0].length())); //$NON-NLS-1$
			}
			b.append(wrap(row[1], column).substring(column)).append(NL);
		}
	}

	/** @return {@code text} in lines of at most {@link #WIDTH} columns, each indented by {@code indent} */
	static String wrap(String text, int indent) {
		List<String> words = new ArrayList<>(List.of(text.trim().split(" "))); //$NON-NLS-1$
		return fill(" ".repeat(indent) + words.remove(0), words, indent); //$NON-NLS-1$
	}

	private static String fill(String first, List<String> words, int indent) {
		StringBuilder b = new StringBuilder(first);
		int lineStart = 0;
		for (String w : words) {
			if (b.length() - lineStart + 1 + w.length() > WIDTH) {
				b.append(NL);
				lineStart = b.length();
				b.append(" ".repeat(indent)).append(w); //$NON-NLS-1$
			} else {
				b.append(' ').append(w);
			}
		}
		return b.toString();
	}

	private static String firstSentence(String text) {
		int end = text.indexOf(". "); //$NON-NLS-1$
		return end < 0 ? text : text.substring(0, end + 1);
	}

	/**
	 * @return a bash completion script for every command, option and choice; zsh runs it through
	 *         its {@code bashcompinit}
	 */
	static String completionScript(List<CommandModel> commands) {
		StringBuilder b = new StringBuilder();
		b.append("# bash and zsh completion of linksmith, generated by 'linksmith completion'\n"); //$NON-NLS-1$
		b.append("if [ -n \"${ZSH_VERSION:-}\" ]; then\n"); //$NON-NLS-1$
		b.append("\tautoload -U +X compinit && compinit\n"); //$NON-NLS-1$
		b.append("\tautoload -U +X bashcompinit && bashcompinit\n"); //$NON-NLS-1$
		b.append("fi\n\n"); //$NON-NLS-1$
		List<String> names = new ArrayList<>();
		for (CommandModel m : commands) {
			names.add(m.name);
		}
		names.add("help"); //$NON-NLS-1$
		b.append("_complete_linksmith() {\n"); //$NON-NLS-1$
		b.append("\tlocal cur=\"${COMP_WORDS[COMP_CWORD]}\" prev=\"\" command=\"\" i\n"); //$NON-NLS-1$
		b.append("\tCOMPREPLY=()\n"); //$NON-NLS-1$
		b.append("\t[ \"$COMP_CWORD\" -gt 0 ] && prev=\"${COMP_WORDS[COMP_CWORD-1]}\"\n"); //$NON-NLS-1$
		b.append("\tfor ((i = 1; i < COMP_CWORD; i++)); do\n"); //$NON-NLS-1$
		b.append("\t\tcase \"${COMP_WORDS[i]}\" in\n\t\t\t-*) ;;\n\t\t\t*) command=\"${COMP_WORDS[i]}\"; break ;;\n\t\tesac\n"); //$NON-NLS-1$
		b.append("\tdone\n"); //$NON-NLS-1$
		b.append("\tcase \"$command\" in\n"); //$NON-NLS-1$
		b.append("\t\t\"\")\n"); //$NON-NLS-1$
		b.append("\t\t\tif [[ \"$cur\" == -* ]]; then COMPREPLY=($(compgen -W \"-h --help -V --version\" -- \"$cur\"))\n"); //$NON-NLS-1$
		b.append("\t\t\telse COMPREPLY=($(compgen -W \"").append(String.join(" ", names)).append("\" -- \"$cur\")); fi ;;\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		b.append("\t\thelp) COMPREPLY=($(compgen -W \"").append(String.join(" ", names)).append("\" -- \"$cur\")) ;;\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		for (CommandModel m : commands) {
			b.append("\t\t").append(m.name).append(") _linksmith_").append(m.name).append(" ;;\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		b.append("\tesac\n}\n"); //$NON-NLS-1$
		for (CommandModel m : commands) {
			b.append("\n_linksmith_").append(m.name).append("() {\n"); //$NON-NLS-1$ //$NON-NLS-2$
			List<String> all = new ArrayList<>();
			StringBuilder values = new StringBuilder();
			for (Option o : m.options) {
				all.addAll(o.names);
				if (o.label != null) {
					values.append("\t\t").append(String.join("|", o.names)).append(") "); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					if (!o.choices.isEmpty()) {
						values.append("COMPREPLY=($(compgen -W \"").append(String.join(" ", o.choices)).append("\" -- \"$cur\")); "); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					}
					// no choices: a path, completed by the shell's default (-o default)
					values.append("return ;;\n"); //$NON-NLS-1$
				}
			}
			if (values.length() > 0) {
				b.append("\tcase \"$prev\" in\n").append(values).append("\tesac\n"); //$NON-NLS-1$ //$NON-NLS-2$
			}
			b.append("\tif [[ \"$cur\" == -* ]]; then\n"); //$NON-NLS-1$
			b.append("\t\tCOMPREPLY=($(compgen -W \"").append(String.join(" ", all)).append("\" -- \"$cur\"))\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			for (Parameter p : m.parameters) {
				if (!p.choices.isEmpty()) {
					b.append("\telse\n\t\tCOMPREPLY=($(compgen -W \"").append(String.join(" ", p.choices)).append("\" -- \"$cur\"))\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					break;
				}
			}
			b.append("\tfi\n}\n"); //$NON-NLS-1$
		}
		b.append("\ncomplete -F _complete_linksmith -o default linksmith\n"); //$NON-NLS-1$
		return b.toString();
	}
}

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

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;

/**
 * What one command takes: its options, positional parameters and groups of options that exclude
 * each other, declared in code by the command and parsed here without reflection (POSIX and GNU
 * conventions: {@code -Rq} clusters, {@code -t X}, {@code -tX}, {@code --type X},
 * {@code --type=X}, {@code --} ends the options). The help and the shell completion script are
 * rendered from the same model ({@link Help}).
 */
final class CommandModel {

	/** Takes the text of one argument, or says why it cannot. */
	@FunctionalInterface
	interface Value {
		void set(String text) throws UsageException;
	}

	/** An option: a flag or one that takes a value. */
	static final class Option {
		final List<String> names;
		final String descriptionKey;
		/** the value's name in the help, {@code null} for a flag */
		final String label;
		final Value value;
		final List<String> choices = new ArrayList<>();
		boolean required;
		boolean repeatable;
		boolean help;
		/** a folder, not any path: what the shell completes */
		boolean folder;
		int seen;

		Option(List<String> names, String descriptionKey, String label, Value value) {
			this.names = names;
			this.descriptionKey = descriptionKey;
			this.label = label;
			this.value = value;
		}

		/** @return the longest name: what messages show */
		String longName() {
			String longest = names.get(0);
			for (String n : names) {
				if (n.length() > longest.length()) {
					longest = n;
				}
			}
			return longest;
		}

		Option required() {
			required = true;
			return this;
		}

		Option repeatable() {
			repeatable = true;
			return this;
		}

		Option folder() {
			folder = true;
			return this;
		}
	}

	/** A positional parameter taking from {@code min} to {@code max} arguments. */
	static final class Parameter {
		final String label;
		final String descriptionKey;
		final int min;
		final int max;
		final Value value;
		final List<String> choices = new ArrayList<>();
		int seen;

		Parameter(String label, String descriptionKey, int min, int max, Value value) {
			this.label = label;
			this.descriptionKey = descriptionKey;
			this.min = min;
			this.max = max;
			this.value = value;
		}
	}

	/** The command's name, {@code list}. */
	final String name;
	final List<Option> options = new ArrayList<>();
	final List<Parameter> parameters = new ArrayList<>();
	final List<List<Option>> exclusive = new ArrayList<>();
	/** Options are matched ignoring case ({@code mklink /d}). */
	boolean caseInsensitive;
	/** {@code --help} was given: show the help, check nothing else. */
	boolean helpAsked;

	CommandModel(String name) {
		this.name = name;
	}

	/** @return {@code linksmith list} */
	String qualifiedName() {
		return name.isEmpty() ? "linksmith" : "linksmith " + name; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Adds {@code -h, --help}. */
	void help(String... names) {
		Option o = flag("help", () -> helpAsked = true, names.length == 0 ? new String[] { "-h", "--help" } : names); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		o.help = true;
	}

	Option flag(String descriptionKey, Runnable set, String... names) {
		Option o = new Option(List.of(names), descriptionKey, null, text -> set.run());
		options.add(o);
		return o;
	}

	Option option(String label, String descriptionKey, Value set, String... names) {
		Option o = new Option(List.of(names), descriptionKey, label, set);
		options.add(o);
		return o;
	}

	/** An option whose value is one of {@code type}'s constants, by name. */
	<E extends Enum<E>> Option choice(String label, String descriptionKey, Class<E> type,
			java.util.function.Consumer<E> set, String... names) {
		Option[] made = new Option[1];
		made[0] = option(label, descriptionKey, text -> set.accept(constant(type, text, made[0].longName())), names);
		for (E e : type.getEnumConstants()) {
			made[0].choices.add(e.name());
		}
		return made[0];
	}

	Parameter parameter(String label, String descriptionKey, int min, int max, Value set) {
		Parameter p = new Parameter(label, descriptionKey, min, max, set);
		parameters.add(p);
		return p;
	}

	/** At most one of these may be given. */
	void exclusive(Option... group) {
		exclusive.add(List.of(group));
	}

	/**
	 * Reads the arguments into the command; stops at {@code --help}.
	 *
	 * @throws UsageException for anything the command cannot take
	 */
	void parse(List<String> args) throws UsageException {
		int param = 0;
		boolean optionsEnded = false;
		for (int i = 0; i < args.size() && !helpAsked; i++) {
			String arg = args.get(i);
			if (!optionsEnded && "--".equals(arg)) { //$NON-NLS-1$
				optionsEnded = true;
				continue;
			}
			if (!optionsEnded && isOption(arg)) {
				int eq = arg.indexOf('=');
				String name = arg.startsWith("--") && eq > 0 ? arg.substring(0, eq) : arg; //$NON-NLS-1$
				Option o = find(name);
				if (o != null) {
					String attached = name.length() < arg.length() ? arg.substring(eq + 1) : null;
					if (o.label == null && attached != null) {
						throw new UsageException(this, NLS.bind(Messages.Usage_NoValue, o.longName()));
					}
					if (o.label != null && attached == null) {
						if (i + 1 >= args.size()) {
							throw new UsageException(this, NLS.bind(Messages.Usage_MissingValue, o.longName(), o.label));
						}
						attached = args.get(++i);
					}
					apply(o, attached);
					continue;
				}
				if (!arg.startsWith("--") && arg.startsWith("-")) { //$NON-NLS-1$ //$NON-NLS-2$
					i = cluster(args, i);
					continue;
				}
				throw unknown(arg);
			}
			while (param < parameters.size() && parameters.get(param).seen >= parameters.get(param).max) {
				param++;
			}
			if (param >= parameters.size()) {
				throw new UsageException(this, NLS.bind(Messages.Usage_Unexpected, arg));
			}
			Parameter p = parameters.get(param);
			p.seen++;
			p.value.set(arg);
		}
		if (helpAsked) {
			return;
		}
		List<String> missing = new ArrayList<>();
		for (Parameter p : parameters) {
			if (p.seen < p.min) {
				missing.add('\'' + p.label + '\'');
			}
		}
		if (!missing.isEmpty()) {
			throw new UsageException(this, NLS.bind(Messages.Usage_Missing, String.join(", ", missing))); //$NON-NLS-1$
		}
		for (Option o : options) {
			if (o.required && o.seen == 0) {
				throw new UsageException(this, NLS.bind(Messages.Usage_MissingOption, o.longName(), o.label));
			}
		}
		for (List<Option> group : exclusive) {
			Option first = null;
			for (Option o : group) {
				if (o.seen > 0) {
					if (first != null) {
						throw new UsageException(this, NLS.bind(Messages.Usage_Exclusive, first.longName(), o.longName()));
					}
					first = o;
				}
			}
		}
	}

	/** {@code -Rq}, {@code -tsymbolic}: short options run together, the last one may take a value. */
	private int cluster(List<String> args, int i) throws UsageException {
		String arg = args.get(i);
		int next = i;
		for (int c = 1; c < arg.length(); c++) {
			Option o = find("-" + arg.charAt(c)); //$NON-NLS-1$
			if (o == null) {
				throw unknown(arg);
			}
			if (o.label != null) {
				String value = arg.substring(c + 1);
				if (value.isEmpty()) {
					if (next + 1 >= args.size()) {
						throw new UsageException(this, NLS.bind(Messages.Usage_MissingValue, o.longName(), o.label));
					}
					value = args.get(++next);
				}
				apply(o, value);
				return next;
			}
			apply(o, null);
		}
		return next;
	}

	private void apply(Option o, String text) throws UsageException {
		o.seen++;
		o.value.set(text);
	}

	private boolean isOption(String arg) {
		if (arg.length() > 1 && arg.charAt(0) == '-') {
			return true;
		}
		// a Windows-style switch (mklink /D) only for a command that has them: /X, /?
		return hasSwitches() && arg.length() == 2 && arg.charAt(0) == '/'
				&& (Character.isLetter(arg.charAt(1)) || arg.charAt(1) == '?');
	}

	private boolean hasSwitches() {
		for (Option o : options) {
			if (o.names.get(0).startsWith("/")) { //$NON-NLS-1$
				return true;
			}
		}
		return false;
	}

	/** @return the option of this name, or {@code null} */
	Option find(String name) {
		for (Option o : options) {
			for (String n : o.names) {
				if (caseInsensitive ? n.equalsIgnoreCase(name) : n.equals(name)) {
					return o;
				}
			}
		}
		return null;
	}

	private UsageException unknown(String arg) {
		if (arg.charAt(0) == '/') {
			// what Windows' mklink takes for a switch is never taken for a path at the root
			return new UsageException(this, NLS.bind(Messages.Mklink_BadSwitch, arg, arg.substring(1)));
		}
		List<String> names = new ArrayList<>();
		for (Option o : options) {
			names.addAll(o.names);
		}
		return new UsageException(this, NLS.bind(Messages.Usage_UnknownOption, arg), Suggestions.closest(arg, names));
	}

	/** @return the constant of {@code type} named {@code text} */
	<E extends Enum<E>> E constant(Class<E> type, String text, String what) throws UsageException {
		List<String> names = new ArrayList<>();
		for (E e : type.getEnumConstants()) {
			if (e.name().equals(text)) {
				return e;
			}
			names.add(e.name());
		}
		throw new UsageException(this, NLS.bind(Messages.Usage_BadChoice, new Object[] { text, what, String.join(", ", names) }), //$NON-NLS-1$
				Suggestions.closest(text.toLowerCase(Locale.ROOT), names));
	}

	/** @return {@code text} as a path, or a usage error when no path can be made of it */
	Path path(String text) throws UsageException {
		try {
			return Path.of(text);
		} catch (InvalidPathException e) {
			throw new UsageException(this, NLS.bind(Messages.Usage_BadPath, Output.escape(text), e.getReason()));
		}
	}

	/** @return {@code text} as the kernel reads it, trailing slash included (see {@link KernelPathConverter}) */
	Path kernelPath(String text) throws UsageException {
		try {
			return KernelPathConverter.convert(text);
		} catch (InvalidPathException e) {
			throw new UsageException(this, NLS.bind(Messages.Usage_BadPath, Output.escape(text), e.getReason()));
		}
	}
}

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

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.osgi.util.NLS;
import org.linksmith.core.LinkException;
import org.linksmith.core.LinkService;
import org.linksmith.core.LinkServices;

/**
 * The {@code linksmith} command: create, inspect, list, retarget, remove and relocate links from a
 * shell. Exit codes: 0 done, 1 the operation failed (message on stderr, nothing changed), 2 wrong
 * usage. The arguments are read by the commands' own models ({@link CommandModel}), which the JVM
 * keeps in its class-data archive: a command starts in a few milliseconds.
 */
public final class Main {

	/** The sub-commands, in the order the help lists them. */
	private static final Map<String, Supplier<LinkCommand>> COMMANDS = new LinkedHashMap<>();

	static {
		COMMANDS.put("create", CreateCommand::new); //$NON-NLS-1$
		COMMANDS.put("mklink", MklinkCommand::new); //$NON-NLS-1$
		COMMANDS.put("inspect", InspectCommand::new); //$NON-NLS-1$
		COMMANDS.put("list", ListCommand::new); //$NON-NLS-1$
		COMMANDS.put("siblings", SiblingsCommand::new); //$NON-NLS-1$
		COMMANDS.put("pointing-here", PointingHereCommand::new); //$NON-NLS-1$
		COMMANDS.put("index", IndexCommand::new); //$NON-NLS-1$
		COMMANDS.put("repair", RepairCommand::new); //$NON-NLS-1$
		COMMANDS.put("retarget", RetargetCommand::new); //$NON-NLS-1$
		COMMANDS.put("remove", RemoveCommand::new); //$NON-NLS-1$
		COMMANDS.put("relocate", RelocateCommand::new); //$NON-NLS-1$
		COMMANDS.put("copy", () -> new CopyCommand(false));
		COMMANDS.put("move", () -> new CopyCommand(true)); //$NON-NLS-1$
		COMMANDS.put("convert", ConvertCommand::new); //$NON-NLS-1$
		COMMANDS.put("size", SizeCommand::new); //$NON-NLS-1$
		COMMANDS.put("clone", CloneCommand::new); //$NON-NLS-1$
		COMMANDS.put("recover", RecoverCommand::new); //$NON-NLS-1$
		COMMANDS.put("completion", CompletionCommand::new); //$NON-NLS-1$
	}

	private static final String HELP = "help"; //$NON-NLS-1$

	/** Exit code: the operation failed. */
	public static final int FAILED = 1;
	/** Exit code: wrong usage. */
	public static final int USAGE = 2;

	private Main() {
	}

	/**
	 * @param args the command line
	 */
	public static void main(String[] args) {
		Charset cs = Charset.defaultCharset();
		PrintWriter out = new PrintWriter(new RawWriter(new java.io.BufferedOutputStream(
				new java.io.FileOutputStream(java.io.FileDescriptor.out), 1 << 16), cs), false);
		PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, cs), true);
		String undecodable = Arguments.firstUndecodable(args, jnuCharset(), Arguments.cmdline());
		if (undecodable != null) {
			err.println(NLS.bind(Messages.Main_Error, NLS.bind(Messages.Main_Undecodable, undecodable, jnuCharset().name())));
			err.flush();
			System.exit(FAILED);
		}
		int code = run(LinkServices.getDefault(), out, err, args);
		out.flush();
		err.flush();
		System.exit(code);
	}

	/** @return the encoding the JVM reads arguments and file names in */
	static Charset jnuCharset() {
		try {
			String name = System.getProperty("sun.jnu.encoding"); //$NON-NLS-1$
			return name == null ? Charset.defaultCharset() : Charset.forName(name);
		} catch (RuntimeException e) {
			return Charset.defaultCharset();
		}
	}

	/**
	 * Runs the command line in this process.
	 *
	 * @param links the link service to use
	 * @param out standard output
	 * @param err standard error
	 * @param args the arguments
	 * @return the exit code
	 */
	public static int run(LinkService links, PrintWriter out, PrintWriter err, String... args) {
		Context context = new Context(links, out, err);
		int code;
		try {
			code = execute(context, args);
		} catch (UsageException e) {
			// one line: what is wrong, and what to do
			String name = e.command.qualifiedName();
			String hint = e.suggestions.isEmpty() ? NLS.bind(Messages.Main_SeeHelp, name)
					: NLS.bind(Messages.Main_DidYouMean, name + ' ' + String.join(", ", e.suggestions)); //$NON-NLS-1$
			context.error(e.getMessage() + ' ' + hint);
			code = USAGE;
		} catch (LinkException e) {
			context.error(e.getMessage());
			code = FAILED;
		}
		out.flush();
		err.flush();
		return code;
	}

	private static int execute(Context context, String[] args) throws UsageException, LinkException {
		CommandModel root = new CommandModel(""); //$NON-NLS-1$
		root.help();
		root.flag("version", () -> { /* answered below */ }, "-V", "--version"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		if (args.length == 0) {
			throw new UsageException(root, Messages.Main_NoCommand);
		}
		String first = args[0];
		CommandModel.Option option = root.find(first);
		if (option != null) {
			context.out.print(option.help ? new Help().rootUsage(root.options, commandNames()) : String.join(System.lineSeparator(), version()) + System.lineSeparator());
			return 0;
		}
		if (first.startsWith("-")) { //$NON-NLS-1$
			root.parse(List.of(first)); // says what is unknown and what is close
		}
		if (HELP.equals(first)) {
			return help(context, root, List.of(args).subList(1, args.length));
		}
		Supplier<LinkCommand> made = COMMANDS.get(first);
		if (made == null) {
			throw new UsageException(root, NLS.bind(Messages.Usage_UnknownCommand, first), Suggestions.closest(first, commandNames()));
		}
		LinkCommand command = made.get();
		command.context = context;
		command.model = command.define();
		command.model.parse(List.of(args).subList(1, args.length));
		if (command.model.helpAsked) {
			context.out.print(new Help().usage(command.model));
			return 0;
		}
		if (!(command instanceof RecoverCommand)) {
			noticeInterrupted(context.links, context);
		}
		try {
			return command.call().intValue();
		} catch (UsageException | LinkException | RuntimeException e) {
			throw e;
		} catch (Exception e) {
			// an input/output error of the output streams: say it in one line
			throw new LinkException(LinkException.Reason.IO_ERROR, null, e.toString(), e);
		}
	}

	/** {@code linksmith help [COMMAND]} */
	private static int help(Context context, CommandModel root, List<String> args) throws UsageException {
		String[] named = new String[1];
		CommandModel m = new CommandModel(HELP);
		CommandModel.Parameter p = m.parameter("COMMAND", "help.command", 0, 1, t -> named[0] = t); //$NON-NLS-1$ //$NON-NLS-2$
		p.choices.addAll(commandNames());
		m.help();
		m.parse(args);
		Help help = new Help();
		if (m.helpAsked) {
			context.out.print(help.usage(m));
		} else if (named[0] == null) {
			context.out.print(help.rootUsage(root.options, commandNames()));
		} else if (HELP.equals(named[0])) {
			context.out.print(help.usage(m));
		} else if (COMMANDS.containsKey(named[0])) {
			context.out.print(help.usage(COMMANDS.get(named[0]).get().define()));
		} else {
			throw new UsageException(root, NLS.bind(Messages.Usage_UnknownCommand, named[0]), Suggestions.closest(named[0], commandNames()));
		}
		return 0;
	}

	/** @return the commands' names, {@code help} last */
	private static List<String> commandNames() {
		List<String> names = new ArrayList<>(COMMANDS.keySet());
		names.add(HELP);
		return names;
	}

	/** @return the model of every command (for the completion script) */
	static List<CommandModel> models() {
		List<CommandModel> models = new ArrayList<>();
		for (Supplier<LinkCommand> c : COMMANDS.values()) {
			models.add(c.get().define());
		}
		return models;
	}

	/** One line on stderr when a relocation was interrupted, before any other command runs. */
	private static void noticeInterrupted(LinkService links, Context context) {
		int interrupted = links.interruptedRelocations().size();
		if (interrupted > 0) {
			context.warn(java.text.MessageFormat.format(Messages.Main_Interrupted, Integer.valueOf(interrupted)));
		}
	}

	/** @return the version lines: linksmith's and the JVM's */
	static String[] version() {
		String v = Main.class.getPackage().getImplementationVersion();
		if (v == null) {
			v = readBundleVersion();
		}
		return new String[] { "linksmith " + v, //$NON-NLS-1$
				"Java " + System.getProperty("java.version") + ", " + System.getProperty("os.name") }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	private static String readBundleVersion() {
		try (var in = Main.class.getResourceAsStream("/META-INF/MANIFEST.MF")) { //$NON-NLS-1$
			if (in != null) {
				String v = new java.util.jar.Manifest(in).getMainAttributes().getValue("Bundle-Version"); //$NON-NLS-1$
				if (v != null) {
					return v;
				}
			}
		} catch (java.io.IOException e) {
			// fall through
		}
		return "(development)"; //$NON-NLS-1$
	}
}

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
import java.util.LinkedHashMap;
import java.util.Map;

import org.linksmith.core.LinkException;
import org.linksmith.core.LinkService;
import org.linksmith.core.LinkServices;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code linksmith} command: create, inspect, list, retarget, remove and relocate links from a
 * shell. Exit codes: 0 done, 1 the operation failed (message on stderr, nothing changed), 2 wrong
 * usage.
 */
@Command(name = "linksmith", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
		resourceBundle = "org.linksmith.cli.internal.usage")
public final class Main implements Runnable {

	/** The sub-commands, in the order the help lists them. */
	private static final Map<String, Class<?>> COMMANDS = new LinkedHashMap<>();

	static {
		COMMANDS.put("create", CreateCommand.class); //$NON-NLS-1$
		COMMANDS.put("mklink", MklinkCommand.class); //$NON-NLS-1$
		COMMANDS.put("inspect", InspectCommand.class); //$NON-NLS-1$
		COMMANDS.put("list", ListCommand.class); //$NON-NLS-1$
		COMMANDS.put("siblings", SiblingsCommand.class); //$NON-NLS-1$
		COMMANDS.put("retarget", RetargetCommand.class); //$NON-NLS-1$
		COMMANDS.put("remove", RemoveCommand.class); //$NON-NLS-1$
		COMMANDS.put("relocate", RelocateCommand.class); //$NON-NLS-1$
		COMMANDS.put("recover", RecoverCommand.class); //$NON-NLS-1$
		COMMANDS.put("completion", CompletionCommand.class); //$NON-NLS-1$
		COMMANDS.put("help", CommandLine.HelpCommand.class); //$NON-NLS-1$
	}

	/** Exit code: the operation failed. */
	public static final int FAILED = 1;
	/** Exit code: wrong usage. */
	public static final int USAGE = 2;

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	@Override
	public void run() {
		throw new CommandLine.ParameterException(spec.commandLine(), Messages.Main_NoCommand);
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
			err.println(org.eclipse.osgi.util.NLS.bind(Messages.Main_Error,
					org.eclipse.osgi.util.NLS.bind(Messages.Main_Undecodable, undecodable, jnuCharset().name())));
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
		Factory factory = new Factory(context);
		CommandLine cl = new CommandLine(new Main(), factory);
		// building a command's model takes reflection: build only the one asked for, all for help
		// (completion describes every command)
		Class<?> only = args.length > 0 && !"help".equals(args[0]) && !"completion".equals(args[0]) //$NON-NLS-1$ //$NON-NLS-2$
				? COMMANDS.get(args[0]) : null;
		for (Map.Entry<String, Class<?>> command : COMMANDS.entrySet()) {
			if (only == null || only == command.getValue()) {
				cl.addSubcommand(command.getKey(), new CommandLine(command.getValue(), factory));
			}
		}
		cl.setOut(out);
		cl.setErr(err);
		CommandLine mklink = cl.getSubcommands().get("mklink"); //$NON-NLS-1$
		if (mklink != null) {
			mklink.setOptionsCaseInsensitive(true);
		}
		cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
			if (e instanceof LinkException le) {
				context.error(le.getMessage());
				return FAILED;
			}
			throw e;
		});
		cl.setParameterExceptionHandler((e, args2) -> {
			// one line: what is wrong, and what to do
			CommandLine c = e.getCommandLine();
			java.util.List<String> suggestions = e instanceof CommandLine.UnmatchedArgumentException u ? u.getSuggestions()
					: java.util.List.of();
			String hint = suggestions.isEmpty()
					? org.eclipse.osgi.util.NLS.bind(Messages.Main_SeeHelp, c.getCommandSpec().qualifiedName())
					: org.eclipse.osgi.util.NLS.bind(Messages.Main_DidYouMean,
							c.getCommandSpec().qualifiedName() + ' ' + String.join(", ", suggestions)); //$NON-NLS-1$
			context.error(e.getMessage().trim() + ' ' + hint);
			return USAGE;
		});
		if (only != null && only != RecoverCommand.class) {
			noticeInterrupted(links, context);
		}
		int code = cl.execute(args);
		out.flush();
		err.flush();
		return code;
	}

	/** One line on stderr when a relocation was interrupted, before any other command runs. */
	private static void noticeInterrupted(LinkService links, Context context) {
		int interrupted = links.interruptedRelocations().size();
		if (interrupted > 0) {
			context.warn(java.text.MessageFormat.format(Messages.Main_Interrupted, Integer.valueOf(interrupted)));
		}
	}

	/** Gives every command the shared context. */
	private static final class Factory implements CommandLine.IFactory {
		private final Context context;
		private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

		Factory(Context context) {
			this.context = context;
		}

		@Override
		public <K> K create(Class<K> cls) throws Exception {
			if (LinkCommand.class.isAssignableFrom(cls)) {
				K command = fallback.create(cls);
				((LinkCommand) command).context = context;
				return command;
			}
			return fallback.create(cls);
		}
	}

	/** Reads the version from the bundle manifest. */
	static final class Version implements CommandLine.IVersionProvider {
		@Override
		public String[] getVersion() {
			String v = Main.class.getPackage().getImplementationVersion();
			if (v == null) {
				v = readBundleVersion();
			}
			return new String[] { "linksmith " + v, //$NON-NLS-1$
					"Java " + System.getProperty("java.version") + ", " + System.getProperty("os.name") }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
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
}

// SPDX-License-Identifier: EPL-2.0
// Used by ./mvnw where neither curl nor wget nor sha512sum exists: the JDK does their job.
//   java Fetch.java URL FILE        downloads URL into FILE (following redirects)
//   java Fetch.java --sha512 FILE   prints the file's SHA-512 in hexadecimal
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.HexFormat;

public class Fetch {
	public static void main(String[] args) throws Exception {
		if (args.length == 2 && args[0].equals("--sha512")) {
			MessageDigest digest = MessageDigest.getInstance("SHA-512");
			try (InputStream in = Files.newInputStream(Path.of(args[1]))) {
				byte[] buffer = new byte[1 << 16];
				for (int n; (n = in.read(buffer)) > 0;) {
					digest.update(buffer, 0, n);
				}
			}
			System.out.println(HexFormat.of().formatHex(digest.digest()));
			return;
		}
		if (args.length != 2) {
			System.err.println("usage: java Fetch.java URL FILE | --sha512 FILE");
			System.exit(2);
		}
		HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
		HttpResponse<InputStream> response = client.send(HttpRequest.newBuilder(URI.create(args[0])).build(),
				HttpResponse.BodyHandlers.ofInputStream());
		if (response.statusCode() != 200) {
			System.err.println("HTTP " + response.statusCode() + " for " + args[0]);
			System.exit(1);
		}
		try (InputStream in = response.body()) {
			Files.copy(in, Path.of(args[1]), StandardCopyOption.REPLACE_EXISTING);
		}
	}
}

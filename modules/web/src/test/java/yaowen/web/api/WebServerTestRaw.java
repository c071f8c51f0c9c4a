package yaowen.web.api;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import yaowen.web.WebServer;

/** Requests sent byte for byte (HttpClient normalises or refuses odd paths). */
final class WebServerTestRaw {
    private WebServerTestRaw() {
    }

    static String statusLine(WebServer server, String rawPath) {
        try (Socket socket = new Socket(server.uri().getHost(), server.uri().getPort())) {
            socket.setSoTimeout(5000);
            socket.getOutputStream().write(("GET " + rawPath + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
        } catch (Exception e) {
            throw new AssertionError(rawPath, e);
        }
    }
}

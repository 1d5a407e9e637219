package io.benchmarkhub.runner.provider;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A loopback server that answers every request with a 200 whose {@code Content-Length} promises the
 * whole body but sends only its first half, then closes the connection: a body cut short mid-way.
 * (WireMock cannot do this for OkHttp: it gzips the response and so sends a complete, shorter body.)
 */
final class CutShortServer implements AutoCloseable {
  private final ServerSocket socket;
  private final Thread acceptor;

  CutShortServer(String body) throws IOException {
    socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + bytes.length
        + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    acceptor = new Thread(() -> {
      while (!socket.isClosed()) {
        try (Socket client = socket.accept()) {
          skipRequest(client.getInputStream());
          OutputStream out = client.getOutputStream();
          out.write(head);
          out.write(bytes, 0, bytes.length / 2);
          out.flush();
        } catch (IOException closed) {
          return;
        }
      }
    }, "cut-short-server");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** {@return the base URL, e.g. "http://127.0.0.1:40123"} */
  String baseUrl() {
    return "http://127.0.0.1:" + socket.getLocalPort();
  }

  /** Reads the request line and headers, then the body its Content-Length announces. */
  private static void skipRequest(InputStream in) throws IOException {
    StringBuilder line = new StringBuilder();
    int length = 0;
    for (int c = in.read(); c >= 0; c = in.read()) {
      if (c != '\n') {
        line.append((char) c);
        continue;
      }
      String header = line.toString().strip();
      line.setLength(0);
      if (header.isEmpty()) {
        break;
      }
      if (header.regionMatches(true, 0, "Content-Length:", 0, 15)) {
        length = Integer.parseInt(header.substring(15).strip());
      }
    }
    in.readNBytes(length);
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}

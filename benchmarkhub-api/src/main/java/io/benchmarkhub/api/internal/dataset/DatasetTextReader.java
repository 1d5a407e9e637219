package io.benchmarkhub.api.internal.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes the bytes of a dataset into text, strictly.
 *
 * <p>The text is UTF-8; a UTF-8 byte order mark is skipped, and a UTF-16 (LE or BE) byte order
 * mark switches to UTF-16. Bytes that are not valid in the encoding raise a {@link
 * MalformedTextException} naming the line and column where they start. The characters decoded
 * before the bad bytes are still delivered first, so a reader above sees every good line before
 * the error. The reader keeps a fixed-size buffer: memory does not grow with the file.
 */
public final class DatasetTextReader extends Reader {
  private static final int BUFFER_BYTES = 32 * 1024;

  private final InputStream in;
  private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER_BYTES).flip();
  private final CharsetDecoder decoder;
  private boolean endOfInput;
  private boolean flushed;
  /** Describes bad bytes met after some good text was decoded; reported by the next read. */
  private String badBytes;
  private int line = 1;
  private int column = 1;
  private boolean afterCarriageReturn;
  private final char[] pair = new char[2];
  /** Whether {@link #held}, the second char of a pair decoded for a one-char read, is waiting. */
  private boolean holding;
  private char held;

  /** Wraps {@code in}, reading its byte order mark (if any) straight away. */
  public DatasetTextReader(InputStream in) throws IOException {
    this.in = in;
    fill();
    while (bytes.remaining() < 3 && !endOfInput) {
      fill();
    }
    this.decoder = detectCharset().newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /** Reads the byte order mark, leaving the buffer positioned after it. */
  private Charset detectCharset() {
    int n = bytes.remaining();
    int p = bytes.position();
    if (n >= 3 && (bytes.get(p) & 0xFF) == 0xEF && (bytes.get(p + 1) & 0xFF) == 0xBB
        && (bytes.get(p + 2) & 0xFF) == 0xBF) {
      bytes.position(p + 3);
      return StandardCharsets.UTF_8;
    }
    if (n >= 2 && (bytes.get(p) & 0xFF) == 0xFE && (bytes.get(p + 1) & 0xFF) == 0xFF) {
      bytes.position(p + 2);
      return StandardCharsets.UTF_16BE;
    }
    if (n >= 2 && (bytes.get(p) & 0xFF) == 0xFF && (bytes.get(p + 1) & 0xFF) == 0xFE) {
      bytes.position(p + 2);
      return StandardCharsets.UTF_16LE;
    }
    return StandardCharsets.UTF_8;
  }

  @Override
  public int read(char[] target, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    int n;
    if (holding) {
      target[offset] = held;
      holding = false;
      n = 1;
    } else if (length == 1) {
      // A character outside the Basic Multilingual Plane needs two chars: keep the second.
      n = decode(pair, 0, 2);
      if (n > 0) {
        target[offset] = pair[0];
        if (n == 2) {
          held = pair[1];
          holding = true;
        }
        n = 1;
      }
    } else {
      n = decode(target, offset, length);
    }
    if (n > 0) {
      count(target, offset, n);
    }
    return n;
  }

  /** Decodes into {@code target} without counting lines; returns the chars decoded, or -1. */
  private int decode(char[] target, int offset, int length) throws IOException {
    if (badBytes != null) {
      throw malformed();
    }
    if (flushed) {
      return -1;
    }
    CharBuffer out = CharBuffer.wrap(target, offset, length);
    while (true) {
      CoderResult result = decoder.decode(bytes, out, endOfInput);
      if (result.isError()) {
        badBytes = describeBytes(result.length());
        if (out.position() == offset) {
          throw malformed();
        }
        break; // deliver the good text first; the next call reports the bad bytes
      }
      if (result.isOverflow() || out.position() > offset) {
        break;
      }
      if (endOfInput) {
        decoder.flush(out);
        flushed = true;
        break;
      }
      fill();
    }
    int n = out.position() - offset;
    return n == 0 ? -1 : n;
  }

  private String describeBytes(int length) {
    StringBuilder hex = new StringBuilder();
    int p = bytes.position();
    int n = Math.min(length, bytes.limit() - p);
    for (int i = 0; i < n; i++) {
      hex.append(i == 0 ? "" : " ").append(String.format("0x%02X", bytes.get(p + i) & 0xFF));
    }
    return n == 0 ? "" : " (" + (n == 1 ? "byte " : "bytes ") + hex + ")";
  }

  /** The error for {@link #badBytes}, at the line and column after all text delivered so far. */
  private MalformedTextException malformed() {
    String encoding = decoder.charset() == StandardCharsets.UTF_8 ? "UTF-8" : "UTF-16";
    return new MalformedTextException(line, column, "the text is not valid " + encoding + badBytes
        + ". Datasets are read as UTF-8: re-save the file as UTF-8 (in most editors: Save As,"
        + " encoding UTF-8).");
  }

  /** Advances the line and column past the characters just decoded. */
  private void count(char[] chars, int from, int n) {
    for (int i = from; i < from + n; i++) {
      char c = chars[i];
      if (c == '\n') {
        if (!afterCarriageReturn) {
          line++;
        }
        column = 1;
        afterCarriageReturn = false;
      } else if (c == '\r') {
        line++;
        column = 1;
        afterCarriageReturn = true;
      } else {
        column++;
        afterCarriageReturn = false;
      }
    }
  }

  private void fill() throws IOException {
    bytes.compact();
    int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
    if (n < 0) {
      endOfInput = true;
    } else {
      bytes.position(bytes.position() + n);
    }
    bytes.flip();
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}

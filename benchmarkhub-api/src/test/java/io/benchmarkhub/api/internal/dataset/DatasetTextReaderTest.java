package io.benchmarkhub.api.internal.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DatasetTextReaderTest {
  /** Multi-byte characters (2, 3 and 4 bytes in UTF-8; a surrogate pair in UTF-16) on many buffer edges. */
  private static final String TEXT = "é☕😀 line\r\n".repeat(20_000);

  private static String readAll(byte[] bytes, int chunk) throws IOException {
    try (DatasetTextReader reader = new DatasetTextReader(new ByteArrayInputStream(bytes))) {
      StringWriter out = new StringWriter();
      char[] buffer = new char[chunk];
      int n;
      while ((n = reader.read(buffer, 0, chunk)) >= 0) {
        out.write(buffer, 0, n);
      }
      return out.toString();
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(a);
    out.writeBytes(b);
    return out.toByteArray();
  }

  @Test
  void decodesCharactersThatSpanBufferBoundaries() throws IOException {
    assertThat(readAll(TEXT.getBytes(StandardCharsets.UTF_8), 8192)).isEqualTo(TEXT);
    assertThat(readAll(TEXT.getBytes(StandardCharsets.UTF_8), 1)).isEqualTo(TEXT);
    assertThat(readAll(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
        TEXT.getBytes(StandardCharsets.UTF_8)), 777)).isEqualTo(TEXT);
  }

  @Test
  void decodesUtf16EitherWayRound() throws IOException {
    Charset le = StandardCharsets.UTF_16LE;
    Charset be = StandardCharsets.UTF_16BE;
    assertThat(readAll(concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, TEXT.getBytes(le)), 333)).isEqualTo(TEXT);
    assertThat(readAll(concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, TEXT.getBytes(be)), 4096)).isEqualTo(TEXT);
  }

  @Test
  void readsEmptyAndTinyInputs() throws IOException {
    assertThat(readAll(new byte[0], 10)).isEmpty();
    assertThat(readAll(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, 10)).isEmpty();
    assertThat(readAll("a".getBytes(StandardCharsets.UTF_8), 10)).isEqualTo("a");
  }

  @Test
  void countsLinesEndedByCrLfCrOrLfWhenReportingBadBytes() {
    byte[] bytes = concat("a\r\nb\rc\nxy".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0x80});

    MalformedTextException e = catchThrowableOfType(MalformedTextException.class, () -> readAll(bytes, 3));

    assertThat(e.line()).isEqualTo(4);
    assertThat(e.column()).isEqualTo(3);
    assertThat(e).hasMessageStartingWith("the text is not valid UTF-8 (byte 0x80).");
  }

  @Test
  void reportsAnUnpairedUtf16Surrogate() {
    byte[] bytes = {(byte) 0xFF, (byte) 0xFE, 'a', 0, '\n', 0, 0x00, (byte) 0xDC, 'b', 0};

    MalformedTextException e = catchThrowableOfType(MalformedTextException.class, () -> readAll(bytes, 64));

    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isEqualTo(1);
    assertThat(e).hasMessageStartingWith("the text is not valid UTF-16 (bytes 0x00 0xDC).");
  }
}

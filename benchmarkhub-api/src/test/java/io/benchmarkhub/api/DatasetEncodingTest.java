package io.benchmarkhub.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetEncodingTest {
  private static final String CSV = "input,expected\nCafé ☕,ü\n";
  private static final String JSONL = "{\"input\": \"Café ☕\", \"expected\": \"ü\"}\n";

  @TempDir Path dir;

  private Path write(String name, byte[]... parts) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return Files.write(dir.resolve(name), out.toByteArray());
  }

  private static byte[] bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return b;
  }

  private static void assertCafe(List<TestCase> cases) {
    assertThat(cases).singleElement().satisfies(c -> {
      assertThat(c.input()).isEqualTo("Café ☕");
      assertThat(c.expected()).contains("ü");
    });
  }

  @Test
  void skipsAUtf8ByteOrderMark() throws IOException {
    byte[] bom = bytes(0xEF, 0xBB, 0xBF);
    assertCafe(Dataset.csv(write("bom.csv", bom, CSV.getBytes(StandardCharsets.UTF_8))).toList());
    assertCafe(Dataset.jsonl(write("bom.jsonl", bom, JSONL.getBytes(StandardCharsets.UTF_8))).toList());
    assertCafe(Dataset.json(write("bom.json", bom, ("[" + JSONL + "]").getBytes(StandardCharsets.UTF_8)))
        .toList());
  }

  @Test
  void decodesUtf16WithAByteOrderMark() throws IOException {
    Charset le = StandardCharsets.UTF_16LE;
    Charset be = StandardCharsets.UTF_16BE;
    assertCafe(Dataset.csv(write("le.csv", bytes(0xFF, 0xFE), CSV.getBytes(le))).toList());
    assertCafe(Dataset.jsonl(write("be.jsonl", bytes(0xFE, 0xFF), JSONL.getBytes(be))).toList());
    assertThat(Dataset.csv(write("le2.csv", bytes(0xFF, 0xFE), CSV.getBytes(le))).toList().get(0)
        .source().orElseThrow().line()).isEqualTo(2);
  }

  @Test
  void namesTheLineAndColumnOfBytesThatAreNotUtf8() throws IOException {
    Path file = write("latin1.jsonl", "{\"input\": \"a\"}\n{\"input\": \"b\"}\n{\"input\": \"Caf".getBytes(
        StandardCharsets.UTF_8), bytes(0xE9), "\"}\n".getBytes(StandardCharsets.UTF_8));

    DatasetException e = catchThrowableOfType(DatasetException.class, () -> Dataset.jsonl(file).toList());

    assertThat(e).hasMessage(file + ":3:15: the text is not valid UTF-8 (byte 0xE9). Datasets are read"
        + " as UTF-8: re-save the file as UTF-8 (in most editors: Save As, encoding UTF-8).");
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.column()).isEqualTo(15);
  }

  @Test
  void deliversTheCasesBeforeTheBadBytes() throws IOException {
    Path file = write("late.csv", "input\na\nb\n".getBytes(StandardCharsets.UTF_8), bytes(0xFF, 0xFE, 0x41),
        "\n".getBytes(StandardCharsets.UTF_8));

    try (Stream<TestCase> cases = Dataset.csv(file).cases()) {
      var iterator = cases.iterator();
      assertThat(iterator.next().input()).isEqualTo("a");
      assertThat(iterator.next().input()).isEqualTo("b");
      DatasetException e = catchThrowableOfType(DatasetException.class, iterator::hasNext);
      assertThat(e).hasMessageStartingWith(file + ":4:1: the text is not valid UTF-8 (byte 0xFF).");
    }
  }

  @Test
  void reportsInvalidUtf8InAJsonArrayAndATruncatedCharacterAtTheEnd() throws IOException {
    Path json = write("bad.json", "[\n{\"input\": \"".getBytes(StandardCharsets.UTF_8), bytes(0xC3, 0x28),
        "\"}]".getBytes(StandardCharsets.UTF_8));
    assertThat(catchThrowableOfType(DatasetException.class, () -> Dataset.json(json).toList()))
        .hasMessageStartingWith(json + ":2:12: the text is not valid UTF-8 (byte 0xC3).");

    Path truncated = write("cut.jsonl", "{\"input\": \"a\"}\n".getBytes(StandardCharsets.UTF_8), bytes(0xE2, 0x98));
    assertThat(catchThrowableOfType(DatasetException.class, () -> Dataset.jsonl(truncated).toList()))
        .hasMessageStartingWith(truncated + ":2:1: the text is not valid UTF-8 (bytes 0xE2 0x98).");
  }
}

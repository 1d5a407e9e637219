package io.benchmarkhub.api.internal.dataset;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The case ids seen so far in one read of a dataset, each with the line where it was first used:
 * the only thing a streaming read keeps per case.
 *
 * <p>An open-addressing hash table whose slots point into pages of bytes holding, per id, its
 * length, its line and its UTF-8 bytes. That is about 20 to 30 bytes per typical id, against
 * about 110 for a {@code HashMap<String, Integer>}, and growing never copies the ids, so checking
 * a dataset of a million cases for duplicates fits in a small heap. Lookups are exact: ids are
 * compared byte for byte.
 */
final class IdRegistry {
  private static final int HEADER_BYTES = 8;
  /** 256 KB pages: under half of G1's smallest region, so pages are not humongous objects. */
  private static final int PAGE_SHIFT = 18;
  private static final int PAGE_BYTES = 1 << PAGE_SHIFT;
  private static final int MAX_PAGES = 1 << (31 - PAGE_SHIFT);

  /**
   * Entries back to back: id length (int), first line (int), id bytes. Pages double from 4 KB up
   * to 256 KB, so small datasets stay small. An entry never spans two pages; one too big for a page
   * gets a page of its own.
   */
  private final List<byte[]> pages = new ArrayList<>();
  private byte[] page = new byte[0];
  private int pageUsed;
  /** Per slot, the entry's address ({@code page << PAGE_SHIFT | position}) plus one; 0 = empty. */
  private int[] slots = new int[1024];
  private int size;

  /**
   * Records {@code id} as first used on {@code line}, unless it was seen before.
   *
   * @param line the 1-based line
   * @return the line where the id was first used, or 0 when it is new (and now recorded)
   */
  int putIfAbsent(String id, int line) {
    if (line < 1) {
      throw new IllegalArgumentException("line must be >= 1, was " + line);
    }
    byte[] key = id.getBytes(StandardCharsets.UTF_8);
    int mask = slots.length - 1;
    for (int i = hash(key, 0, key.length) & mask; ; i = (i + 1) & mask) {
      int slot = slots[i];
      if (slot == 0) {
        slots[i] = append(key, line) + 1;
        if (++size > slots.length / 4 * 3) {
          rehash();
        }
        return 0;
      }
      byte[] stored = pages.get((slot - 1) >>> PAGE_SHIFT);
      int at = (slot - 1) & (PAGE_BYTES - 1);
      int length = readInt(stored, at);
      if (length == key.length
          && Arrays.equals(stored, at + HEADER_BYTES, at + HEADER_BYTES + length, key, 0, length)) {
        return readInt(stored, at + 4);
      }
    }
  }

  /** Stores an entry and returns its address. */
  private int append(byte[] key, int line) {
    int needed = HEADER_BYTES + key.length;
    if (pageUsed + needed > page.length) {
      if (pages.size() == MAX_PAGES) {
        throw new IllegalStateException("more case ids than fit in 2 GB; split the dataset");
      }
      int capacity = Math.min(PAGE_BYTES, 4096 << Math.min(pages.size(), PAGE_SHIFT - 12));
      page = new byte[Math.max(capacity, needed)];
      pages.add(page);
      pageUsed = 0;
    }
    int at = pageUsed;
    writeInt(page, at, key.length);
    writeInt(page, at + 4, line);
    System.arraycopy(key, 0, page, at + HEADER_BYTES, key.length);
    pageUsed += needed;
    return (pages.size() - 1) << PAGE_SHIFT | at;
  }

  private void rehash() {
    int[] grown = new int[slots.length * 2];
    int mask = grown.length - 1;
    for (int slot : slots) {
      if (slot != 0) {
        byte[] stored = pages.get((slot - 1) >>> PAGE_SHIFT);
        int at = (slot - 1) & (PAGE_BYTES - 1);
        int i = hash(stored, at + HEADER_BYTES, readInt(stored, at)) & mask;
        while (grown[i] != 0) {
          i = (i + 1) & mask;
        }
        grown[i] = slot;
      }
    }
    slots = grown;
  }

  private static int hash(byte[] bytes, int from, int length) {
    int h = 1;
    for (int i = from; i < from + length; i++) {
      h = 31 * h + bytes[i];
    }
    h *= 0x9E3779B9;
    return h ^ (h >>> 16);
  }

  private static int readInt(byte[] bytes, int at) {
    return (bytes[at] & 0xFF) << 24 | (bytes[at + 1] & 0xFF) << 16
        | (bytes[at + 2] & 0xFF) << 8 | (bytes[at + 3] & 0xFF);
  }

  private static void writeInt(byte[] bytes, int at, int value) {
    bytes[at] = (byte) (value >>> 24);
    bytes[at + 1] = (byte) (value >>> 16);
    bytes[at + 2] = (byte) (value >>> 8);
    bytes[at + 3] = (byte) value;
  }
}

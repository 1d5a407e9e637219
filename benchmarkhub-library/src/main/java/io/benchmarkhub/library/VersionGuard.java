package io.benchmarkhub.library;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * Keeps published versions immutable: between a published commit and a commit about to be pushed, no file under
 * a {@code <name>/<version>/} folder that the published commit has may be added, changed or removed.
 */
final class VersionGuard {
  private VersionGuard() {}

  /**
   * {@return the published versions ({@code name@version}) that {@code head} changes compared to {@code base}},
   * sorted; empty when it changes none. A {@code null} base (nothing published yet) protects nothing.
   */
  static List<String> changedVersions(Repository repo, ObjectId base, ObjectId head) throws IOException {
    if (base == null) {
      return List.of();
    }
    TreeSet<String> changed = new TreeSet<>();
    try (RevWalk rw = new RevWalk(repo); TreeWalk tw = new TreeWalk(repo)) {
      RevCommit b = rw.parseCommit(base);
      RevCommit h = rw.parseCommit(head);
      tw.setRecursive(true);
      tw.addTree(b.getTree());
      tw.addTree(h.getTree());
      tw.setFilter(TreeFilter.ANY_DIFF);
      while (tw.next()) {
        String[] parts = tw.getPathString().split("/");
        if (parts.length >= 3 && PackageRef.isName(parts[0]) && SemanticVersion.isValid(parts[1])
            && TreeWalk.forPath(repo, parts[0] + "/" + parts[1], b.getTree()) != null) {
          changed.add(parts[0] + "@" + parts[1]);
        }
      }
    }
    return new ArrayList<>(changed);
  }
}

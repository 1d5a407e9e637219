package io.benchmarkhub.library;

import io.benchmarkhub.author.validate.CheckResult;
import io.benchmarkhub.author.validate.CheckStatus;
import io.benchmarkhub.author.validate.ValidationReport;
import io.benchmarkhub.library.PackageManifest.Author;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeCommand;
import org.eclipse.jgit.api.MergeResult;
import org.eclipse.jgit.api.ResetCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteRefUpdate;

/**
 * A library of benchmark packages: a git repository (driven with JGit) whose work tree holds each published
 * package version under {@code <name>/<version>/}, the review of each version under
 * {@code reviews/<name>/<version>/} ({@link ReviewFiles}) and the {@link LibraryIndex} {@code index.json} at its
 * root. Sharing a library is sharing the repository: clone it, publish or review (a commit, pushed to
 * {@code origin}), pull.
 *
 * <pre>{@code
 * try (Library lib = Library.cloneFrom("https://git.example.org/benchmarks.git", Path.of("benchmarks"))) {
 *   lib.publish(BenchmarkPackage.load(Path.of("out/legal-clause-risk")), PublishOptions.DEFAULTS);
 *   List<PackageManifest> legal = lib.search(LibraryQuery.ALL.withDomain("legal").withMinQuality(80));
 *   BenchmarkPackage p = lib.install(PackageRef.parse("legal-clause-risk@1.2.0"), Library.defaultCache());
 *   lib.review(PackageRef.parse("legal-clause-risk@1.2.0"), ReviewAction.APPROVE,
 *       Author.parse("Grace Hopper <grace@example.org>"), "Cases checked against the statute.");
 * }
 * }</pre>
 *
 * <p><b>Versions are immutable.</b> {@link #publish} refuses a version the library (after pulling) already has,
 * and before every push checks that the commits pushed add, change or remove nothing under a
 * {@code <name>/<version>/} folder that {@code origin} already has. A library shared through a git server should
 * also protect its branch from force pushes. Not thread-safe: one operation at a time per instance.
 */
public final class Library implements AutoCloseable {
  /** The remote a library publishes to and pulls from. */
  public static final String REMOTE = "origin";
  /** The branch of a new library. */
  public static final String BRANCH = "main";

  private final Git git;
  private final Path workTree;

  private Library(Git git) {
    this.git = git;
    this.workTree = git.getRepository().getWorkTree().toPath().toAbsolutePath().normalize();
  }

  /**
   * {@return a new library in {@code workTree}}: a git repository on branch {@value #BRANCH} whose first commit
   * holds an empty index
   *
   * @throws LibraryException when the folder is already a git repository or cannot be written
   */
  public static Library init(Path workTree) {
    if (Files.isDirectory(workTree.resolve(Constants.DOT_GIT))) {
      throw new LibraryException(workTree + ": is already a git repository; open it with --library");
    }
    try {
      Library lib = new Library(Git.init().setDirectory(workTree.toFile()).setInitialBranch(BRANCH).call());
      LibraryIndex.write(lib.workTree, List.of());
      Files.writeString(lib.workTree.resolve("README.md"), "# Benchmark library\n\nBenchmark packages, one folder "
          + "per version: `<name>/<version>/`. `index.json` lists them. Use `benchmarkhub library search` and "
          + "`benchmarkhub library install`.\n", StandardCharsets.UTF_8);
      lib.git.add().addFilepattern(LibraryIndex.FILE).addFilepattern("README.md").call();
      lib.git.commit().setMessage("library: a new benchmark library").setSign(false).call();
      return lib;
    } catch (GitAPIException | IOException e) {
      throw new LibraryException(workTree + ": cannot create a library: " + e.getMessage(), e);
    }
  }

  /**
   * {@return the library whose clone (work tree) is {@code workTree}}
   *
   * @throws LibraryException when the folder is not a git work tree
   */
  public static Library open(Path workTree) {
    try {
      return new Library(Git.open(workTree.toFile()));
    } catch (IOException e) {
      throw new LibraryException(workTree + ": is not a library (a git work tree); clone one with --remote or "
          + "create one with benchmarkhub library init", e);
    }
  }

  /**
   * {@return a clone of the library at {@code uri}} (any URI git takes: a path, file:, https:, ssh:) in
   * {@code workTree}; an empty remote gives an empty library on branch {@value #BRANCH}
   *
   * @throws LibraryException naming the remote when it cannot be cloned
   */
  public static Library cloneFrom(String uri, Path workTree) {
    try {
      Git git = Git.cloneRepository().setURI(uri).setDirectory(workTree.toFile()).setRemote(REMOTE).call();
      Repository repo = git.getRepository();
      if (repo.resolve(Constants.HEAD) == null) {
        repo.updateRef(Constants.HEAD).link(Constants.R_HEADS + BRANCH);
      }
      return new Library(git);
    } catch (GitAPIException | IOException e) {
      throw new LibraryException("cannot clone the library " + uri + " into " + workTree + ": " + e.getMessage(), e);
    }
  }

  /**
   * {@return the library at {@code uri} in {@code workTree}}: cloned when the folder does not exist yet, else
   * opened and pulled
   */
  public static Library cloneOrPull(String uri, Path workTree) {
    if (!Files.exists(workTree)) {
      return cloneFrom(uri, workTree);
    }
    Library lib = open(workTree);
    lib.pull();
    return lib;
  }

  /** The system property naming the package cache; it wins over {@value #CACHE_ENV}. */
  public static final String CACHE_PROPERTY = "benchmarkhub.library.cache";
  /** The environment variable naming the package cache. */
  public static final String CACHE_ENV = "BENCHMARKHUB_LIBRARY_CACHE";

  /**
   * {@return the cache of installed packages}: the folder named by the system property {@value #CACHE_PROPERTY},
   * else by the environment variable {@value #CACHE_ENV}, else {@code ~/.benchmarkhub/packages}
   */
  public static Path defaultCache() {
    String configured = System.getProperty(CACHE_PROPERTY);
    if (configured == null || configured.isBlank()) {
      configured = System.getenv(CACHE_ENV);
    }
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured.strip());
    }
    return Path.of(System.getProperty("user.home"), ".benchmarkhub", "packages");
  }

  /** {@return the library's work tree} */
  public Path workTree() {
    return workTree;
  }

  /** {@return the URI of the remote {@value #REMOTE}, empty when the library has none} */
  public Optional<String> remote() {
    return Optional.ofNullable(git.getRepository().getConfig().getString("remote", REMOTE, "url"));
  }

  /**
   * Fetches from the remote and fast-forwards to it; nothing without a remote or when the remote is empty.
   *
   * @throws LibraryException when the remote cannot be reached or the clone has commits the remote lacks that
   *     cannot be fast-forwarded
   */
  public void pull() {
    if (remote().isEmpty()) {
      return;
    }
    try {
      git.fetch().setRemote(REMOTE).call();
      ObjectId remoteHead = remoteHead();
      if (remoteHead == null) {
        return;
      }
      if (git.getRepository().resolve(Constants.HEAD) == null) {
        git.reset().setMode(ResetCommand.ResetType.HARD).setRef(remoteHead.name()).call();
        return;
      }
      MergeResult merge = git.merge().include(remoteHead).setFastForward(MergeCommand.FastForwardMode.FF_ONLY)
          .call();
      if (!merge.getMergeStatus().isSuccessful()) {
        throw new LibraryException(workTree + ": cannot fast-forward to " + remote().get() + " ("
            + merge.getMergeStatus() + "); the clone has commits the remote lacks: clone the library again");
      }
    } catch (GitAPIException | IOException e) {
      throw new LibraryException("cannot pull the library from " + remote().get() + ": " + e.getMessage(), e);
    }
  }

  /**
   * Publishes a package: pulls, checks it, commits it under {@code <name>/<version>/} with the regenerated index
   * (message {@code publish <name>@<version>}) and pushes to the remote when there is one.
   *
   * <p>Refused: a version the library already has ({@link LibraryException}: versions are immutable, publish a
   * new one); a manifest whose review state is not draft (reviews happen in the library, see {@link #review}); a
   * package named {@code reviews} (the library's folder of reviews); a package whose {@code validation.json} has failing checks unless {@code options.force()}
   * ({@link PublishRefusedException}, naming the checks); a push that would change a published version. A package
   * without {@code validation.json} is validated now. A package whose manifest does not load cannot be a
   * {@link BenchmarkPackage} at all, so it is refused even when forced.
   *
   * @return the published package, in the library's work tree
   */
  public BenchmarkPackage publish(BenchmarkPackage pkg, PublishOptions options) {
    Objects.requireNonNull(pkg, "pkg");
    Objects.requireNonNull(options, "options");
    PackageManifest m = pkg.manifest();
    if (m.name().equals(ReviewFiles.ROOT)) {
      throw new LibraryException(BenchmarkPackage.where(pkg.dir(), PackageManifest.FILE) + ": $.name: '"
          + ReviewFiles.ROOT + "' is the library's folder of reviews; name the package otherwise");
    }
    if (m.review() != ReviewState.DRAFT) {
      throw new LibraryException(BenchmarkPackage.where(pkg.dir(), PackageManifest.FILE) + ": $.review.state: is "
          + m.review().wireName() + "; a package is published as draft and reviewed in the library: benchmarkhub "
          + "library review submit " + m.ref());
    }
    pull();
    Path target = versionDir(m.name(), m.version());
    if (Files.exists(target)) {
      throw new LibraryException(m.ref() + " is already published in " + workTree + "; versions are immutable: "
          + "publish a new version (e.g. " + next(m.version()) + ")");
    }
    List<String> failed = failedChecks(pkg);
    if (!failed.isEmpty() && !options.force()) {
      throw new PublishRefusedException(m.ref().toString(), failed);
    }
    ObjectId before = head();
    try {
      for (String f : pkg.files()) {
        Path out = target.resolve(f);
        Files.createDirectories(out.getParent());
        Files.copy(pkg.dir().resolve(f), out);
      }
      LibraryIndex.regenerate(workTree);
      git.add().addFilepattern(m.name() + "/" + m.version()).addFilepattern(LibraryIndex.FILE).call();
      var commit = git.commit().setMessage("publish " + m.ref() + ": " + m.description()).setSign(false);
      if (options.authorName() != null) {
        commit.setAuthor(options.authorName(), Objects.requireNonNullElse(options.authorEmail(), ""));
      }
      RevCommit published = commit.call();
      push(published, "someone may have published meanwhile: publish again");
    } catch (GitAPIException | IOException e) {
      undo(before, target);
      throw new LibraryException("cannot publish " + m.ref() + " to " + workTree + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      undo(before, target);
      throw e;
    }
    return BenchmarkPackage.load(target);
  }

  /**
   * {@return the package versions matching {@code query}}, sorted by name, then version, newest first; without
   * {@link LibraryQuery#allVersions()}, only the newest matching version of each package. Reads the index of the
   * clone as it is; {@link #pull()} first to see what others published.
   */
  public List<PackageManifest> search(LibraryQuery query) {
    return searchEntries(query).stream().map(LibraryEntry::manifest).toList();
  }

  /**
   * {@return the index entries matching {@code query}}, in the order of {@link #search}: each with its current
   * review state, reviewers and verified mark
   */
  public List<LibraryEntry> searchEntries(LibraryQuery query) {
    Map<String, List<LibraryEntry>> byName = new LinkedHashMap<>();
    for (LibraryEntry e : LibraryIndex.entries(workTree)) {
      if (query.matches(e)) {
        byName.computeIfAbsent(e.manifest().name(), k -> new ArrayList<>()).add(e);
      }
    }
    List<LibraryEntry> out = new ArrayList<>();
    byName.keySet().stream().sorted().forEach(name -> {
      List<LibraryEntry> versions = new ArrayList<>(byName.get(name));
      versions.sort(Comparator.comparing(LibraryEntry::manifest, LibraryIndex.ORDER.reversed()));
      out.addAll(query.allVersions() ? versions : versions.subList(0, 1));
    });
    return out;
  }

  /**
   * Does a review action on a published version: pulls, applies it (see {@link ReviewAction} for the allowed
   * transitions and {@link Review#after} for the rules on who may act), writes {@code reviews/<name>/<version>/}
   * (see {@link ReviewFiles}), regenerates the index, commits as {@code who} with the message
   * {@code review <action> <name>@<version> by <who>: <message>} and pushes to the remote when there is one.
   *
   * @param ref the version; without one, the latest
   * @param who who acts
   * @param message a comment; required to request changes and to comment
   * @return the review after the action
   * @throws ReviewRefusedException when the action is not allowed, saying what to do instead
   * @throws LibraryException when the library has no such version, or the push fails
   */
  public Review review(PackageRef ref, ReviewAction action, Author who, String message) {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(who, "who");
    pull();
    PackageManifest m = get(ref).manifest();
    Review next = ReviewFiles.read(workTree, m.ref()).after(action, who, message, m,
        Instant.now().truncatedTo(ChronoUnit.SECONDS));
    ObjectId before = head();
    try {
      ReviewFiles.write(workTree, next);
      LibraryIndex.regenerate(workTree);
      git.add().addFilepattern(ReviewFiles.folder(m.ref())).addFilepattern(LibraryIndex.FILE).call();
      ReviewEvent last = next.events().get(next.events().size() - 1);
      String subject = "review " + action.wireName() + " " + m.ref() + " by " + who.name()
          + (last.message() == null ? "" : ": " + last.message().lines().findFirst().orElse(""));
      RevCommit commit = git.commit().setMessage(subject + (last.message() == null ? "" : "\n\n" + last.message()))
          .setAuthor(who.name(), Objects.requireNonNullElse(who.email(), "")).setSign(false).call();
      push(commit, "someone may have reviewed meanwhile: do it again");
    } catch (GitAPIException | IOException e) {
      undo(before, null);
      throw new LibraryException("cannot record the review of " + m.ref() + " in " + workTree + ": "
          + e.getMessage(), e);
    } catch (RuntimeException e) {
      undo(before, null);
      throw e;
    }
    return next;
  }

  /**
   * {@return the review of a published version as this clone has it}; {@link #pull()} first to see others'
   *
   * @param ref the version; without one, the latest
   * @throws LibraryException when the library has no such version
   */
  public Review reviewOf(PackageRef ref) {
    return ReviewFiles.read(workTree, get(ref).ref());
  }

  /**
   * {@return why a published version does not carry the verified mark, one reason each}; empty when it does
   *
   * @param ref the version; without one, the latest
   */
  public List<String> notVerifiedBecause(PackageRef ref) {
    BenchmarkPackage p = get(ref);
    return VerifiedMark.missing(p.dir(), p.manifest(), ReviewFiles.read(workTree, p.ref()).state());
  }

  /** {@return who acts in this clone by git's configuration ({@code user.name}, {@code user.email})}, if set */
  public Optional<Author> user() {
    var config = git.getRepository().getConfig();
    String name = config.getString("user", null, "name");
    return name == null || name.isBlank() ? Optional.empty()
        : Optional.of(new Author(name, config.getString("user", null, "email"), null));
  }

  /**
   * {@return a published package version, loaded from the work tree}; the latest version when {@code ref} names
   * none
   *
   * @throws LibraryException when the library has no such package or version, naming the versions it has
   */
  public BenchmarkPackage get(PackageRef ref) {
    List<SemanticVersion> versions = LibraryIndex.read(workTree).stream().filter(m -> m.name().equals(ref.name()))
        .map(PackageManifest::version).sorted().toList();
    if (versions.isEmpty()) {
      throw new LibraryException("no package '" + ref.name() + "' in the library " + workTree
          + "; benchmarkhub library search lists them");
    }
    SemanticVersion v = ref.version() != null ? ref.version() : versions.get(versions.size() - 1);
    if (!versions.contains(v)) {
      throw new LibraryException("no version " + v + " of '" + ref.name() + "' in the library; it has "
          + versions.stream().map(SemanticVersion::toString).toList());
    }
    return BenchmarkPackage.load(versionDir(ref.name(), v));
  }

  /**
   * Copies a published package into {@code dir} as a fork: named {@code newName}, version 1.0.0, by
   * {@code author}, {@code forkedFrom} the original, review state draft, its cassette renamed for the new name and
   * without the original's reference results. Nothing is published: edit it, then {@link #publish} it.
   *
   * @param dir a new or empty folder
   * @return the fork, loaded from {@code dir}
   */
  public BenchmarkPackage forkTo(PackageRef ref, String newName, Author author, Path dir) {
    PackageRef.checkName(newName);
    BenchmarkPackage original = get(ref);
    return Forks.copy(original, newName, author, dir);
  }

  /**
   * Forks a published package (as {@link #forkTo}) and publishes the fork at once, as {@code newName@1.0.0}.
   *
   * @return the published fork, in the library's work tree
   * @throws LibraryException when the library already has a package named {@code newName}
   */
  public BenchmarkPackage fork(PackageRef ref, String newName, Author author, PublishOptions options) {
    pull();
    if (LibraryIndex.read(workTree).stream().anyMatch(m -> m.name().equals(newName))) {
      throw new LibraryException("the library already has a package named '" + newName + "'; fork under another "
          + "name");
    }
    Path staging;
    try {
      staging = Files.createTempDirectory("benchmarkhub-fork-");
    } catch (IOException e) {
      throw new LibraryException("cannot make a temporary folder for the fork: " + e.getMessage(), e);
    }
    try {
      return publish(forkTo(ref, newName, author, staging.resolve(newName)), options);
    } finally {
      try {
        FileTrees.delete(staging);
      } catch (IOException e) {
        // a temporary folder left behind is not worth failing a published fork for
      }
    }
  }

  /**
   * Installs a package into a local cache: pulls, then copies {@code <name>/<version>/} to
   * {@code cacheDir/<name>/<version>/} (replacing a copy whose cases differ) and loads it there, which verifies
   * the cases' SHA-256 against the manifest.
   *
   * @param ref the package; without a version, the latest
   * @param cacheDir the cache, e.g. {@link #defaultCache()}
   * @return the installed package, in the cache
   */
  public BenchmarkPackage install(PackageRef ref, Path cacheDir) {
    pull();
    BenchmarkPackage published = get(ref);
    PackageManifest m = published.manifest();
    Path target = cacheDir.toAbsolutePath().resolve(m.name()).resolve(m.version().toString());
    try {
      if (!installed(target, m)) {
        FileTrees.delete(target);
        FileTrees.copy(published.dir(), target);
      }
    } catch (IOException e) {
      throw new LibraryException(target + ": cannot install " + m.ref() + ": " + e.getMessage(), e);
    }
    BenchmarkPackage installed = BenchmarkPackage.load(target);
    if (!installed.manifest().dataset().sha256().equals(m.dataset().sha256())) {
      throw new PackageException(BenchmarkPackage.where(target, PackageManifest.FILE) + ": $.dataset.sha256: the "
          + "installed copy differs from the library's");
    }
    return installed;
  }

  @Override
  public void close() {
    git.close();
  }

  @Override
  public String toString() {
    return "Library[" + workTree + remote().map(r -> " <- " + r).orElse("") + "]";
  }

  private static boolean installed(Path target, PackageManifest m) {
    if (!Files.isRegularFile(target.resolve(PackageManifest.FILE))) {
      return false;
    }
    try {
      return BenchmarkPackage.load(target).manifest().equals(m);
    } catch (RuntimeException e) {
      return false;
    }
  }

  private Path versionDir(String name, SemanticVersion version) {
    return workTree.resolve(name).resolve(version.toString());
  }

  private static List<String> failedChecks(BenchmarkPackage pkg) {
    if (pkg.validationFile().isPresent()) {
      return ValidationFile.failedChecks(pkg.dir());
    }
    ValidationReport report = Packer.validate(pkg.casesFile(), pkg.loadBenchmarkFile().design());
    return report.checks().stream().filter(c -> c.status() == CheckStatus.FAIL).map(CheckResult::id).toList();
  }

  /**
   * Pushes the branch, after checking that it changes no version the remote has.
   *
   * @param rejected what to say when the remote refuses the push
   */
  private void push(RevCommit published, String rejected) throws GitAPIException, IOException {
    if (remote().isEmpty()) {
      return;
    }
    ObjectId remoteHead = remoteHead();
    List<String> changed = VersionGuard.changedVersions(git.getRepository(), remoteHead, published);
    if (!changed.isEmpty()) {
      throw new LibraryException("refusing to push: it would change the published " + String.join(", ", changed)
          + "; versions are immutable: publish a new version");
    }
    String branch = git.getRepository().getBranch();
    Iterable<PushResult> results = git.push().setRemote(REMOTE)
        .setRefSpecs(new RefSpec(Constants.R_HEADS + branch + ":" + Constants.R_HEADS + branch)).call();
    for (PushResult r : results) {
      for (RemoteRefUpdate u : r.getRemoteUpdates()) {
        if (u.getStatus() != RemoteRefUpdate.Status.OK && u.getStatus() != RemoteRefUpdate.Status.UP_TO_DATE) {
          throw new LibraryException("the remote " + remote().get() + " refused the push (" + u.getStatus()
              + (u.getMessage() == null ? "" : ": " + u.getMessage()) + "); " + rejected);
        }
      }
    }
  }

  /** Puts the clone back as it was before a failed publish or review; {@code target}, if any, is deleted. */
  private void undo(ObjectId before, Path target) {
    try {
      if (before != null) {
        git.reset().setMode(ResetCommand.ResetType.HARD).setRef(before.name()).call();
      }
      // Without a commit before (a first publish to an empty remote) the new commit stays; a fresh clone recovers.
      if (target != null) {
        FileTrees.delete(target);
      }
    } catch (GitAPIException | IOException | RuntimeException e) {
      // the publish already failed; its exception says why, and a fresh clone recovers from this
    }
  }

  private ObjectId head() {
    try {
      return git.getRepository().resolve(Constants.HEAD);
    } catch (IOException e) {
      throw new LibraryException(workTree + ": cannot read the library's HEAD: " + e.getMessage(), e);
    }
  }

  private ObjectId remoteHead() throws IOException {
    return git.getRepository().resolve(Constants.R_REMOTES + REMOTE + "/" + git.getRepository().getBranch());
  }

  private static String next(SemanticVersion v) {
    return new SemanticVersion(v.major(), v.minor(), v.patch() + 1, "").toString();
  }
}

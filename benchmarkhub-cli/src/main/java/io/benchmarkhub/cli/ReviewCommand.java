package io.benchmarkhub.cli;

import io.benchmarkhub.library.Library;
import io.benchmarkhub.library.PackageManifest.Author;
import io.benchmarkhub.library.PackageRef;
import io.benchmarkhub.library.Review;
import io.benchmarkhub.library.ReviewAction;
import io.benchmarkhub.library.ReviewEvent;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code benchmarkhub library review submit|approve|request-changes|comment|show NAME@VERSION}: the review workflow
 * of a library (see {@link ReviewAction}); each action is a commit pushed to the library's remote.
 */
@Command(name = "review", mixinStandardHelpOptions = true, versionProvider = BenchmarkHubCli.Version.class,
    description = {"Reviews a published package version: draft -> in-review -> approved | changes-requested "
        + "(changes-requested -> in-review again when the author submits a response). Approval is final for a "
        + "version. Each action is a commit under reviews/<name>/<version>/, pushed like publish.",
        "A version is verified when it is approved, its licence is an open-data licence and its validation report "
        + "has no failing check."},
    subcommands = {ReviewCommand.Submit.class, ReviewCommand.Approve.class, ReviewCommand.RequestChanges.class,
        ReviewCommand.Comment.class, ReviewCommand.Show.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:done", "1:a problem: an action the workflow does not allow (the message says what to do), "
        + "an unknown package or version, a push the remote refused", "2:bad usage"})
final class ReviewCommand implements Runnable {
  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Missing command: give submit, approve, request-changes, comment "
        + "or show.");
  }

  /** What every review action takes: the library, the version, who acts and a message. */
  abstract static class Act implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    LibraryLocation location;

    @Parameters(index = "0", paramLabel = "<name[@version]>", description = "The package version (latest without "
        + "@version).")
    String ref;

    @Option(names = "--as", paramLabel = "\"NAME <EMAIL>\"", description = "Who acts. Default: git's user.name and "
        + "user.email in the library's clone.")
    String as;

    @Option(names = {"-m", "--message"}, paramLabel = "TEXT", description = "A comment; required by "
        + "request-changes and comment.")
    String message;

    abstract ReviewAction action();

    @Override
    public Integer call() {
      PackageRef version = LibraryCommand.ref(spec, ref);
      Author given = null;
      if (as != null) {
        try {
          given = Author.parse(as);
        } catch (IllegalArgumentException e) {
          throw new ParameterException(spec.commandLine(), "--as: " + e.getMessage());
        }
      }
      try (Library lib = location.open(spec)) {
        Author who = given != null ? given : lib.user().orElseThrow(() -> new ParameterException(spec.commandLine(),
            "name yourself with --as \"Name <email>\" (or set git's user.name in " + lib.workTree() + ")"));
        Review r = lib.review(version, action(), who, message);
        PrintWriter o = spec.commandLine().getOut();
        o.println(action().wireName() + " " + r.ref() + " by " + Review.format(who) + ": " + r.state().wireName()
            + lib.remote().map(u -> " (pushed to " + u + ")").orElse(""));
        o.flush();
      }
      return BenchmarkHubCli.OK;
    }
  }

  /** {@code review submit}. */
  @Command(name = "submit", mixinStandardHelpOptions = true, versionProvider = BenchmarkHubCli.Version.class,
      description = "Asks for a review: draft or changes-requested -> in-review.")
  static final class Submit extends Act {
    @Override
    ReviewAction action() {
      return ReviewAction.SUBMIT;
    }
  }

  /** {@code review approve}. */
  @Command(name = "approve", mixinStandardHelpOptions = true, versionProvider = BenchmarkHubCli.Version.class,
      description = "Approves a version in review (in-review -> approved); not by one of its authors.")
  static final class Approve extends Act {
    @Override
    ReviewAction action() {
      return ReviewAction.APPROVE;
    }
  }

  /** {@code review request-changes}. */
  @Command(name = "request-changes", mixinStandardHelpOptions = true,
      versionProvider = BenchmarkHubCli.Version.class,
      description = "Asks for changes, saying which with --message (in-review -> changes-requested); not by one of "
          + "its authors.")
  static final class RequestChanges extends Act {
    @Override
    ReviewAction action() {
      return ReviewAction.REQUEST_CHANGES;
    }
  }

  /** {@code review comment}. */
  @Command(name = "comment", mixinStandardHelpOptions = true, versionProvider = BenchmarkHubCli.Version.class,
      description = "Adds a comment (--message) in any state; the state does not change.")
  static final class Comment extends Act {
    @Override
    ReviewAction action() {
      return ReviewAction.COMMENT;
    }
  }

  /** {@code review show}. */
  @Command(name = "show", mixinStandardHelpOptions = true, versionProvider = BenchmarkHubCli.Version.class,
      description = "Prints a version's review: state, who asked, reviewers, the verified mark and every action.")
  static final class Show implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    LibraryLocation location;

    @Parameters(index = "0", paramLabel = "<name[@version]>", description = "The package version (latest without "
        + "@version).")
    String ref;

    @Override
    public Integer call() {
      PackageRef version = LibraryCommand.ref(spec, ref);
      try (Library lib = location.open(spec)) {
        Review r = lib.reviewOf(version);
        List<String> notVerified = lib.notVerifiedBecause(r.ref());
        PrintWriter o = spec.commandLine().getOut();
        o.println(r.ref() + ": " + r.state().wireName());
        o.println("requested by: " + r.requester().orElse("-"));
        o.println("reviewers:    " + (r.reviewers().isEmpty() ? "-" : String.join(", ", r.reviewers())));
        o.println("verified:     " + (notVerified.isEmpty() ? "yes" : "no: " + String.join("; ", notVerified)));
        for (ReviewEvent e : r.events()) {
          o.println(e.at() + "  " + e.by() + "  " + e.action().wireName() + " (" + e.from().wireName() + " -> "
              + e.to().wireName() + ")" + (e.message() == null ? "" : ": " + e.message().replace("\n", "\n    ")));
        }
        o.flush();
      }
      return BenchmarkHubCli.OK;
    }
  }
}

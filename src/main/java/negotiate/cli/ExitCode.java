package negotiate.cli;

import negotiate.input.InputException;

/** The exit codes (spec §5), named and chosen here alone. */
enum ExitCode {
    /** Success. */
    OK(0),
    /** validate found errors (or warnings under --strict). */
    PROBLEMS(1),
    /** A bad option, argument or inline value. */
    USAGE(2),
    /** Bad input data: a file that cannot be read or used. */
    DATA(3),
    /** Output could not be written, or an internal error. */
    FAILURE(4);

    final int code;

    ExitCode(int code) {
        this.code = code;
    }

    /** The code for a user's mistake, by what kind of mistake it is. */
    static ExitCode of(InputException e) {
        return e.kind() == InputException.Kind.USAGE ? USAGE : DATA;
    }
}

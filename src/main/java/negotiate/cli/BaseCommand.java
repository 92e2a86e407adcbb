package negotiate.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;

/** Every subcommand: global options mixed in, the context injected, one report rendered and emitted. */
abstract class BaseCommand implements Callable<Integer> {
    @Mixin
    GlobalOptions options;

    final Context ctx;

    BaseCommand(Context ctx) {
        this.ctx = ctx;
    }
}

package negotiate.cli;

import static org.assertj.core.api.Assertions.assertThat;



import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import negotiate.repository.SeedRepository;
import negotiate.repository.Seeds;

/** The warm-up loads the seeds ahead only where the command would load exactly those. */
class WarmupTest {
    @TempDir
    Path tmp;

    private Map<String, String> env() {
        return Map.of("NEGOTIATE_CACHE_DIR", tmp.resolve("cache").toString());
    }

    @Test
    void loadsTheDefaultSeedsAsTheCommandWould() {
        Seeds ahead = Warmup.start(new String[] {"bands", "anyscale"}, env()).seeds(null);
        Seeds own = SeedRepository.load(null, env());
        assertThat(ahead).isNotNull();
        assertThat(ahead.location()).isEqualTo(own.location());
        assertThat(ahead.guideIds()).isEqualTo(own.guideIds()).isNotEmpty();
        assertThat(ahead.files()).isEqualTo(own.files());
    }

    @Test
    void loadsTheNamedSeedsAndGivesThemOnlyForThatDirectory() {
        // (each warm-up is awaited through the directory it loads, so none still writes the cache at clean-up)
        Warmup w = Warmup.start(new String[] {"bands", "--seeds", "seeds", "anyscale"}, env());
        assertThat(w.seeds("seeds").guideIds()).isEqualTo(SeedRepository.load("seeds", env()).guideIds());
        assertThat(w.seeds(null)).isNull();
        assertThat(w.seeds("./seeds")).isNull();
        assertThat(Warmup.start(new String[] {"show", "a", "--seeds=seeds"}, env()).seeds("seeds")).isNotNull();
        // a guess that picocli parses differently is simply not used
        Warmup odd = Warmup.start(new String[] {"bands", "--fact", "--seeds", "--seeds", "seeds"}, env());
        assertThat(odd.seeds("seeds")).isNotNull();
        assertThat(odd.seeds("--seeds")).isNull();
        assertThat(Warmup.start(new String[] {"validate"}, env()).seeds(null)).isNull();
    }

    @Test
    void aFailedLoadLeavesItToTheCommand() {
        Map<String, String> env = Map.of("NEGOTIATE_SEEDS", tmp.resolve("missing").toString());
        assertThat(Warmup.start(new String[] {"bands"}, env).seeds(null)).isNull();
        Cli.Result r = Cli.run(new java.util.HashMap<>(env), "bands");
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).contains("seeds directory does not exist (from NEGOTIATE_SEEDS)");
    }
}

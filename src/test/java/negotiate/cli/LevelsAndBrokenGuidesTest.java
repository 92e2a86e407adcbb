package negotiate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Guides with a band table per level, and guides that cannot be read in full, through the commands. */
class LevelsAndBrokenGuidesTest {
    static final Path FAMILY = Path.of("src/test/resources/family");
    static final String LEVELS = "docs/examples/guides";

    @TempDir
    Path tmp;

    private Path seeds(String... names) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("seeds"));
        for (String n : names) {
            Files.copy(FAMILY.resolve(n), dir.resolve(n));
        }
        return dir;
    }

    @Test
    void bandsListEveryLevelAndLevelChoosesOne() {
        Cli.Result all = Cli.run("bands", "ironbridge", "--seeds", LEVELS, "--format", "json");
        assertThat(all.exit()).isZero();
        assertThat(all.out()).contains("\"level\" : \"Senior\"").contains("\"level\" : \"Staff\"");
        Cli.Result staff = Cli.run("bands", "ironbridge", "--seeds", LEVELS, "--level", "STAFF", "--region", "london",
                "--format", "csv");
        assertThat(staff.exit()).isZero();
        // 120,000 + 200,000 / 4 + 15 % of 120,000 = 188,000 ... at the low end: 120,000 + 30,000 + 18,000 = 168,000
        assertThat(staff.out().lines().skip(1)).singleElement().asString()
                .startsWith("ironbridge-fintech/backend-engineer,Staff,London,GBP,120000,150000,120000,200000,4,15,15,168000,");
        Cli.Result part = Cli.run("bands", "ironbridge", "--seeds", LEVELS, "--level", "sen");
        assertThat(part.exit()).isZero();
        assertThat(part.out()).contains("Senior").doesNotContain("Staff");
    }

    @Test
    void levelMatchingNothingOrSeveralIsSaid() {
        Cli.Result none = Cli.run("bands", "ironbridge", "--seeds", LEVELS, "--level", "principal");
        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.err()).contains("no band at level 'principal'").contains("its levels: Senior, Staff");
        Cli.Result both = Cli.run("bands", "ironbridge", "--seeds", LEVELS, "--level", "s");
        assertThat(both.exit()).isEqualTo(2);
        assertThat(both.err()).contains("matches 2 levels").contains("Senior, Staff");
    }

    @Test
    void counterNeedsALevelWhenTheRegionIsAtSeveral() {
        String offer = "Me:base=£130K,bonus=10%,equity=£150K/4y";
        Cli.Result ambiguous = Cli.run("counter", "ironbridge", "--seeds", LEVELS, "--region", "London", "--offer", offer);
        assertThat(ambiguous.exit()).isEqualTo(2);
        assertThat(ambiguous.out()).isEmpty();
        assertThat(ambiguous.err()).contains("several levels").contains("Senior, Staff").contains("--level");
        Cli.Result staff = Cli.run("counter", "ironbridge", "--seeds", LEVELS, "--region", "London", "--level", "staff",
                "--offer", offer, "--format", "json");
        assertThat(staff.exit()).isZero();
        // the Staff band's top: base 150,000, equity 200,000; 150,000 × 1.15 + 50,000 = 222,500 a year
        assertThat(staff.out()).contains("\"level\" : \"Staff\"").contains("\"base\" : 150000").contains("\"annual\" : 222500");
        assertThat(staff.err()).as("the level chosen is the ask's level too").doesNotContain("several levels");
    }

    @Test
    void aGuideThatCannotBeReadInFullIsNamedOnStderr() throws IOException {
        Path dir = seeds("01-baseline-outer-pipes.md", "14-ambiguous-dot-amount.md");
        Cli.Result r = Cli.run("bands", "--seeds", dir.toString(), "--format", "json");
        assertThat(r.exit()).isZero();
        assertThat(r.err()).contains("14-ambiguous-dot-amount.md could not be read in full")
                .contains("negotiate validate").doesNotContain("01-baseline");
        assertThat(r.out()).startsWith("{");
        Cli.Result g = Cli.run("guides", "--seeds", dir.toString());
        assertThat(g.err()).contains("14-ambiguous-dot-amount.md could not be read in full");
    }

    @Test
    void showOfABrokenGuideExitsThreeWithItsErrors() throws IOException {
        Path dir = seeds("14-ambiguous-dot-amount.md");
        Cli.Result r = Cli.run("show", "rheinwerk", "--seeds", dir.toString(), "--format", "json");
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("could not be read in full").contains("14-ambiguous-dot-amount.md:7:").contains("ambiguous");
    }

    @Test
    void aGuideWhoseOnlyTableIsCommentedOutHasNoBandsNeverNullRegion() throws IOException {
        Path dir = seeds("21-only-table-in-comment.md");
        Cli.Result r = Cli.run("bands", "--seeds", dir.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("could not be read in full").contains("no band in").doesNotContain("null");
        Cli.Result v = Cli.run("validate", dir.toString());
        assertThat(v.exit()).isEqualTo(1);
        assertThat(v.out()).contains("no-bands");
    }
}

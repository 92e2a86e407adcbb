package negotiate.cli;

import java.util.List;
import java.util.stream.Collectors;
import negotiate.guide.Guide;
import negotiate.guide.Query;
import negotiate.guide.SeedRepository;
import negotiate.input.InputException;

/** Finds guides for a QUERY; commands about one guide need exactly one and list the candidates otherwise. */
final class Lookup {
    private Lookup() {
    }

    static List<Guide> many(SeedRepository.Loaded loaded, String query) {
        List<Guide> found = Query.guides(loaded.guides(), query);
        if (found.isEmpty()) {
            throw InputException.usage(query == null ? "no guides found in " + loaded.location()
                    : "no guide matches '" + query + "'; known guides: " + ids(loaded.guides()));
        }
        return found;
    }

    static Guide one(SeedRepository.Loaded loaded, String query) {
        List<Guide> found = many(loaded, query);
        if (found.size() > 1) {
            throw InputException.usage("'" + query + "' matches " + found.size() + " guides: " + ids(found)
                    + "; give one of these ids");
        }
        return found.get(0);
    }

    static String ids(List<Guide> guides) {
        return guides.isEmpty() ? "(none)" : guides.stream().map(Guide::id).collect(Collectors.joining(", "));
    }
}

package no.samspill.doc;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Objects;

/**
 * A link to an {@code https:} or {@code mailto:} address.
 *
 * @param url an absolute URI, as {@link URI} parses it (characters it rejects must be percent-encoded)
 */
public record Link(String url, List<Inline> inlines) implements Inline {

    /** @throws IllegalArgumentException when {@code url} is not an absolute URI */
    public Link {
        Objects.requireNonNull(url, "url must not be null");
        try {
            if (!new URI(url).isAbsolute()) {
                throw new IllegalArgumentException("a link needs an absolute address such as https://example.no/, not \"" + url + "\"");
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("a link address must be a URI: " + e.getMessage(), e);
        }
        inlines = List.copyOf(inlines);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}

package no.samspill.internal.templates;

import freemarker.cache.TemplateLoader;
import java.io.Reader;
import java.io.StringReader;

/**
 * Loads the templates of a user's directory through {@link PackFiles}, so that a template is held
 * to the same rules as every other file of the pack (no link out of the directory, UTF-8, a size
 * limit). Freemarker's {@code FileTemplateLoader} would read the file by its own rules, and answer
 * a link out of the directory with a {@link SecurityException} that names the target.
 */
final class PackTemplateLoader implements TemplateLoader {

    private final PackFiles files;

    PackTemplateLoader(PackFiles files) {
        this.files = files;
    }

    @Override
    public Object findTemplateSource(String name) {
        return files.readOwn(name).map(text -> new Source(name, text)).orElse(null);
    }

    @Override
    public long getLastModified(Object templateSource) {
        // Templates are loaded once, when the pack is built, and never checked again.
        return -1;
    }

    @Override
    public Reader getReader(Object templateSource, String encoding) {
        return new StringReader(((Source) templateSource).text());
    }

    @Override
    public void closeTemplateSource(Object templateSource) {
        // Nothing is held open: the text was read whole.
    }

    private record Source(String name, String text) {}
}

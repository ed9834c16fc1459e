package no.samspill.internal.templates;

import freemarker.cache.URLTemplateLoader;
import java.net.URL;

/**
 * Loads templates shipped inside this module. Freemarker's own class-path loader asks from its
 * code, and on the module path a module's files are hidden from other modules; asking from this
 * class reads them as this module's own, so no package has to be opened to Freemarker.
 */
public final class ModuleTemplateLoader extends URLTemplateLoader {

    private final String root;

    /** @param root the folder of the templates, from the root of the module, ending with "/" */
    public ModuleTemplateLoader(String root) {
        this.root = canonicalizePrefix(root.startsWith("/") ? root : "/" + root);
    }

    @Override
    protected URL getURL(String name) {
        return ModuleTemplateLoader.class.getResource(root + name);
    }

    @Override
    public String toString() {
        return "ModuleTemplateLoader(" + root + ")";
    }
}

package org.shcportal.pdf;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.FSStreamFactory;
import com.openhtmltopdf.extend.FSUriResolver;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;

/**
 * What one document may load while it renders: {@code data:} URIs (the QR images) and our own files under
 * {@code /static/} (print.css, fonts), read from the classpath where the build puts {@code src-frontend/}. Nothing
 * else is fetched: no network, no file system. Every refused reference is remembered, and {@link #checkNoneRefused()}
 * turns them into an error after the layout, because a card printout without its QR code or its style is worse than
 * no printout. One instance per render (not thread-safe).
 */
final class DocumentResources implements FSUriResolver, FSStreamFactory {

    /** The private URI scheme openhtmltopdf hands back to us for our static files. */
    static final String SCHEME = "portal-static";
    /** Protocols openhtmltopdf can fetch by itself; each is given a stream factory that refuses. */
    static final String[] FETCHING_PROTOCOLS = { "http", "https", "ftp", "file", "jar", "jrt", "classpath" };
    static final String STATIC_PREFIX = "/static/";
    private static final String CLASSPATH_ROOT = "META-INF/resources"; // where the pom copies src-frontend/
    private static final String DATA = "data:";

    private final ClassLoader classLoader;
    private final Set<String> refused = new LinkedHashSet<>();
    private final Set<String> missing = new LinkedHashSet<>();

    DocumentResources(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    /** Maps {@code data:} and {@code /static/…} references (also relative to a static style sheet); refuses others. */
    @Override
    public String resolveURI(String baseUri, String uri) {
        if (uri == null || uri.isBlank()) {
            return null;
        }
        if (uri.startsWith(DATA)) {
            return uri;
        }
        try {
            URI reference = new URI(uri.strip());
            URI resolved = reference;
            if (!reference.isAbsolute() && baseUri != null && baseUri.startsWith(SCHEME + ":")) {
                resolved = new URI(baseUri).resolve(reference);
            } else if (!reference.isAbsolute() && reference.getRawAuthority() == null) {
                resolved = new URI(SCHEME, null, reference.getPath(), null);
            }
            String path = SCHEME.equals(resolved.getScheme()) ? resolved.normalize().getPath() : null;
            if (path != null && path.startsWith(STATIC_PREFIX) && !path.contains("/../")) {
                return SCHEME + ":" + path;
            }
        } catch (URISyntaxException | IllegalArgumentException e) {
            // refused below, like any other reference we do not serve
        }
        refused.add(uri);
        return null;
    }

    /** The access check openhtmltopdf runs before it resolves a reference. */
    boolean allowed(String uri, ExternalResourceType type) {
        if (uri == null || uri.isBlank()) {
            return false; // nothing to load: what was there was refused when it was resolved
        }
        if (uri.startsWith(DATA) || uri.startsWith(SCHEME + ":") || uri.startsWith(STATIC_PREFIX)) {
            return true;
        }
        refused.add(uri);
        return false;
    }

    /** Opens one of our static files; {@code uri} is what {@link #resolveURI} returned. */
    @Override
    public FSStream getUrl(String uri) {
        String path = uri.substring(SCHEME.length() + 1);
        InputStream in = classLoader.getResourceAsStream(CLASSPATH_ROOT + path);
        if (in == null) {
            missing.add(path);
        }
        return new ClasspathStream(in);
    }

    /** A stream factory for the fetching protocols: it opens nothing and remembers the attempt. */
    FSStreamFactory refusing() {
        return uri -> {
            refused.add(uri);
            return new ClasspathStream(null);
        };
    }

    /**
     * @throws PdfRenderException when the document referred to anything this class does not serve, or to a static
     *         file that does not exist
     */
    void checkNoneRefused() {
        if (!refused.isEmpty()) {
            throw new PdfRenderException("The document refers to resources that are never fetched while rendering"
                    + " (only data: URIs and " + STATIC_PREFIX + " files are allowed): " + refused);
        }
        if (!missing.isEmpty()) {
            throw new PdfRenderException("The document refers to static files that do not exist: " + missing);
        }
    }

    private record ClasspathStream(InputStream stream) implements FSStream {

        @Override
        public InputStream getStream() {
            return stream;
        }

        @Override
        public Reader getReader() {
            return stream == null ? null : new InputStreamReader(stream, StandardCharsets.UTF_8);
        }
    }
}

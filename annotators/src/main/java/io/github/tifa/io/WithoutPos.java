package io.github.tifa.io;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.Arrays;
import java.util.Map;
import java.util.WeakHashMap;

import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.TypeSystem;
import org.apache.uima.resource.ResourceManager;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.resource.metadata.FeatureDescription;
import org.apache.uima.resource.metadata.TypeDescription;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;
import org.apache.uima.util.TypeSystemUtil;

import de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS;

/**
 * A type system without HanLP's part-of-speech layer, for XMI that a serializer filters by: Token
 * and Sentence stay (INCEpTION needs them), POS annotations and Token's {@code pos} feature go, which
 * were two fifths of a page's XMI and no rule's result.
 */
final class WithoutPos {
    /** The POS types' package: every type in it, and every feature of one of them, is left out. */
    private static final String POS_PACKAGE = POS.class.getPackageName() + ".";
    private static final Map<TypeSystem, TypeSystem> FILTERS = new WeakHashMap<>();

    private WithoutPos() {
    }

    /** {@code ts} without the POS types, built once per type system. */
    static TypeSystem of(TypeSystem ts) {
        synchronized (FILTERS) {
            return FILTERS.computeIfAbsent(ts, WithoutPos::filter);
        }
    }

    private static TypeSystem filter(TypeSystem ts) {
        TypeSystemDescription description = TypeSystemUtil.typeSystem2TypeSystemDescription(ts);
        TypeDescription[] kept = Arrays.stream(description.getTypes()).filter(t -> !pos(t.getName()))
                .toArray(TypeDescription[]::new);
        for (TypeDescription type : kept) {
            type.setFeatures(Arrays.stream(type.getFeatures()).filter(f -> !pos(f.getRangeTypeName()))
                    .toArray(FeatureDescription[]::new));
        }
        description.setTypes(kept);
        try {
            // a class loader that sees no JCas class: the filter is a type system only, and UIMA would
            // otherwise warn that Token's JCas class has a field (pos) this type system lacks
            ResourceManager isolated = UIMAFramework.newDefaultResourceManager();
            isolated.setExtensionClassLoader(new URLClassLoader(new URL[0], null), false);
            return CasCreationUtils.createCas(description, null, null, null, isolated).getTypeSystem();
        } catch (ResourceInitializationException e) {
            throw new IllegalStateException("cannot build the type system without POS: " + e.getMessage(), e);
        }
    }

    private static boolean pos(String typeName) {
        return typeName != null && typeName.startsWith(POS_PACKAGE);
    }
}

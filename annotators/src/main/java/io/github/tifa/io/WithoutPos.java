package io.github.tifa.io;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;

import de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;

/**
 * XMI without HanLP's part-of-speech annotations: Token and Sentence stay (INCEpTION needs them), POS
 * annotations go, which were two fifths of a page's XMI and no rule's result. The type system stays
 * whole, so that DKPro's JCas classes (Token has a {@code pos} feature) still read the XMI; the
 * document is written with the POS detached for the while. (Serializing through a filter type system
 * instead took 2.7 times as long, and its TypeSystem.xml broke DKPro's readers.)
 */
final class WithoutPos {

    private WithoutPos() {
    }

    /** What a writer does with the CAS. */
    interface Write {
        void run() throws IOException;
    }

    /**
     * Runs {@code write} with every Token's POS detached and the POS annotations out of the index,
     * and puts them back afterwards, whatever happens: the CAS is the page's for the other writers.
     */
    static void detached(JCas jcas, Write write) throws IOException {
        List<Token> tokens = new ArrayList<>(JCasUtil.select(jcas, Token.class));
        List<POS> tags = new ArrayList<>(JCasUtil.select(jcas, POS.class));
        POS[] saved = new POS[tokens.size()];
        for (int i = 0; i < saved.length; i++) {
            saved[i] = tokens.get(i).getPos();
            tokens.get(i).setPos(null);
        }
        tags.forEach(POS::removeFromIndexes);
        try {
            write.run();
        } finally {
            tags.forEach(POS::addToIndexes);
            for (int i = 0; i < saved.length; i++) {
                tokens.get(i).setPos(saved[i]);
            }
        }
    }
}

package org.pygen.grammar;

import java.util.ArrayList;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.atn.ParserATNSimulator;
import org.antlr.v4.runtime.atn.PredictionContextCache;
import org.antlr.v4.runtime.dfa.DFA;

/**
 * Base class of the generated {@code PygenParser}: bounds how deeply rules may nest, as CPython's
 * parser does with its MAXSTACK. Brackets (at most 200 deep) and indentation (at most 100 levels)
 * are bounded by the lexer, but prefix operators, lambdas, powers and conditional expressions
 * nest without either, and the parser recurses once or twice per level.
 */
public abstract class PygenParserBase extends Parser {
  /**
   * Rule depth past which the source is "too complex". Above what CPython accepts (its limit of
   * 6000 counts rule calls of a different grammar, and its compiler stops expressions nested
   * about 3000 deep anyway) and below what a thread with a large stack can parse.
   */
  public static final int MAX_RULE_DEPTH = 10_000;

  /**
   * Bounds on the prediction caches all parsers share. ANTLR's own caches (static in the
   * generated parser) only ever grow: a host compiling many unusual sources, as a fuzzer does,
   * filled a 1 GB heap with them in half an hour. Past either bound the next parser starts on
   * fresh caches and the old ones are left to the garbage collector.
   */
  static final int MAX_CACHED_CONTEXTS = 100_000;

  static final int MAX_DFA_STATES = 50_000;

  /** The prediction caches parsers share: a DFA per decision and the context cache. */
  private record Caches(DFA[] dfa, PredictionContextCache contexts) {
    static Caches fresh(ATN atn) {
      DFA[] dfa = new DFA[atn.getNumberOfDecisions()];
      for (int i = 0; i < dfa.length; i++) {
        dfa[i] = new DFA(atn.getDecisionState(i), i);
      }
      return new Caches(dfa, new PredictionContextCache());
    }

    boolean full() {
      if (contexts.size() > MAX_CACHED_CONTEXTS) {
        return true;
      }
      int states = 0;
      for (DFA d : dfa) {
        states += d.states.size();
      }
      return states > MAX_DFA_STATES;
    }
  }

  private static volatile Caches shared;

  private int depth;

  protected PygenParserBase(TokenStream input) {
    super(input);
  }

  /**
   * Makes this parser predict with the bounded shared caches instead of ANTLR's unbounded ones.
   * Call once, before parsing.
   */
  public final void useBoundedCaches() {
    Caches c = shared;
    if (c == null || c.full()) {
      // Two threads may both start afresh: harmless, the caches are only caches.
      c = Caches.fresh(getATN());
      shared = c;
    }
    setInterpreter(new ParserATNSimulator(this, getATN(), c.dfa(), c.contexts()));
  }

  @Override
  public void enterRule(ParserRuleContext localctx, int state, int ruleIndex) {
    if (depth >= MAX_RULE_DEPTH) {
      throw new ParserTooDeepException();
    }
    depth++;
    super.enterRule(localctx, state, ruleIndex);
  }

  /**
   * Most contexts of the deep expression chain (test, orTest, ... atom) get one child. ANTLR
   * gives each a list with room for ten on the first add: allocating those was a fifth of the
   * time spent parsing a large file.
   */
  @Override
  protected void addContextToParseTree() {
    ParserRuleContext parent = (ParserRuleContext) _ctx.parent;
    if (parent != null && parent.children == null) {
      parent.children = new ArrayList<>(2);
    }
    super.addContextToParseTree();
  }

  @Override
  public Token consume() {
    if (_ctx != null && _ctx.children == null) {
      _ctx.children = new ArrayList<>(2);
    }
    return super.consume();
  }

  @Override
  public void exitRule() {
    depth--;
    super.exitRule();
  }

  @Override
  public void reset() {
    super.reset();
    depth = 0;
  }
}

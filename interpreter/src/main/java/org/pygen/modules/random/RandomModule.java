package org.pygen.modules.random;

import java.util.Map;
import org.pygen.runtime.BuiltinMethod;
import org.pygen.runtime.PyBuiltinMethod;
import org.pygen.runtime.PyModule;
import org.pygen.runtime.PyNone;
import org.pygen.runtime.PyRuntime;

/**
 * The {@code random} module. It draws exactly CPython 3.11's numbers for a given seed: the same
 * Mersenne Twister, seeding, and algorithms for every method. The module-level functions are the
 * methods of one hidden {@code Random} instance, as in CPython; each interpreter gets its own,
 * seeded from the operating system's entropy, so interpreters never share a sequence.
 */
public final class RandomModule {
  private RandomModule() {}

  /** Builds the module with a fresh hidden generator for this runtime. */
  public static PyModule create(PyRuntime runtime) {
    PyModule m = new PyModule("random");
    PyRandom hidden = new PyRandom();
    RandomMethods.seed(hidden, PyNone.NONE, 2L);
    for (Map.Entry<String, BuiltinMethod> method : RandomMethods.TABLE.entrySet()) {
      m.define(method.getKey(), new PyBuiltinMethod(hidden, method.getKey(), method.getValue()));
    }
    m.define("Random", RandomType.RANDOM);
    m.define("SystemRandom", RandomType.SYSTEM_RANDOM);
    m.define("NV_MAGICCONST", 1.7155277699214135);
    m.define("TWOPI", 2 * Math.PI);
    m.define("LOG4", 1.3862943611198906);
    m.define("SG_MAGICCONST", 2.504077396776274);
    m.define("BPF", 53L);
    m.define("RECIP_BPF", 0x1p-53);
    return m;
  }
}

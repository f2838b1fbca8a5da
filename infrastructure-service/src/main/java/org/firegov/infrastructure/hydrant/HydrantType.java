package org.firegov.infrastructure.hydrant;

/** Kinds of fire water source in the registry. */
public enum HydrantType {
    /** 市政消火栓 — municipal hydrant; the only kind counted in coverage and intact rates. */
    HYDRANT,
    /** 取水设施 — water-intake facility (river or reservoir draw-off point). */
    INTAKE,
    /** 消防水池 — fire-water pool. */
    POOL
}

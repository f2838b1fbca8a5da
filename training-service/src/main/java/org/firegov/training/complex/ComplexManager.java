package org.firegov.training.complex;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import org.firegov.kit.domain.BusinessRuleViolation;
import org.firegov.kit.domain.NotFound;

/**
 * The fire-safety manager (消防安全管理人) of a large commercial complex (大型商业综合体), one per unit: the plan wants
 * the manager of every complex over 50,000 m² to be a registered fire engineer or to hold an intermediate (or
 * higher) engineering title. Declared by the unit, its town or the brigade; a new declaration replaces the last.
 */
@Aggregate
public class ComplexManager {

    /** 5万平方米以上大型商业综合体 */
    public static final int LARGE_COMPLEX_SQUARE_METRES = 50_000;

    @AggregateIdentifier
    private String unitId;
    private String town;

    /** {@code byTown}: the declaring town, null when the unit itself or the brigade declares. */
    public record DeclareManager(@TargetAggregateIdentifier String unitId, String unitName, String town,
                                 int floorAreaSquareMetres, String managerName, Qualification qualification,
                                 String byTown) {
    }

    /** {@code flagged}: a complex over 50,000 m² whose manager does not meet the plan's qualification. */
    @Revision("1")
    public record ManagerDeclared(String unitId, String unitName, String town, int floorAreaSquareMetres,
                                  String managerName, Qualification qualification, boolean flagged) {
    }

    protected ComplexManager() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(DeclareManager command) {
        if (town != null && command.byTown() != null && !town.equals(command.byTown())) {
            throw new NotFound("complex", unitId);
        }
        if (command.floorAreaSquareMetres() <= 0) {
            throw new BusinessRuleViolation("invalid-floor-area", "a complex has a floor area above 0 m²");
        }
        boolean flagged = command.floorAreaSquareMetres() > LARGE_COMPLEX_SQUARE_METRES
                && !command.qualification().meetsPlan();
        apply(new ManagerDeclared(command.unitId(), command.unitName(), command.town(),
                command.floorAreaSquareMetres(), command.managerName(), command.qualification(), flagged));
    }

    @EventSourcingHandler
    void on(ManagerDeclared event) {
        unitId = event.unitId();
        town = event.town();
    }
}

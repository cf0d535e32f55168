package eu.skills4cities.citycert.assessment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import eu.skills4cities.citycert.application.ApplicationFacts;
import eu.skills4cities.citycert.application.ApplicationService;
import org.springframework.stereotype.Component;

/**
 * The units of an application's role that its candidate holds already, and why: passed in the
 * applications a retake retakes, carried over by a recertification's table, or covered by an active
 * unit certificate issued for another application (or one the application's own role certificate has
 * superseded since). The first reason found is the one given.
 */
@Component
class HeldUnits {

    private final ApplicationService applications;
    private final RecertificationCarryOver carryOver;

    HeldUnits(ApplicationService applications, RecertificationCarryOver carryOver) {
        this.applications = applications;
        this.carryOver = carryOver;
    }

    /** By unit code, in no particular order; units the role does not have may be among them. */
    Map<String, UnitHeldAlready> of(ApplicationFacts application, List<PassedUnit> retaken) {
        Map<String, UnitHeldAlready> why = new LinkedHashMap<>();
        retaken.forEach(p -> why.putIfAbsent(p.unitCode(),
                new UnitHeldAlready(p.unitCode(), UnitHeldAlready.Basis.RETAKE, null, p.passedOn(), null)));
        applications.recertified(application.recertificationOf()).ifPresent(recertified ->
                carryOver.decide(application, recertified).stream().filter(RecertificationCarryOver.Verdict::carryOver)
                        .forEach(v -> why.putIfAbsent(v.unitCode(), new UnitHeldAlready(v.unitCode(),
                                UnitHeldAlready.Basis.CARRIED_OVER, recertified.number(), v.passedOn(), v.reason()))));
        applications.heldUnits(application).forEach(u -> why.putIfAbsent(u.unitCode(), new UnitHeldAlready(u.unitCode(),
                        UnitHeldAlready.Basis.UNIT_CERTIFICATE, u.number(), u.issuedOn(), null)));
        return why;
    }
}

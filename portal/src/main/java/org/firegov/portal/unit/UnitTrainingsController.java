package org.firegov.portal.unit;

import org.firegov.portal.api.TrainingApi;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The unit's trainings (本单位培训): its people in courses with hours, certificates and validity, coming sessions,
 * and whether it has someone certified in each key group the plan names (消防安全责任人, 管理人/“明白人”); one
 * course with its sessions and the unit's own trainees. Whose trainings is training-service's decision, from the
 * unit's token: another unit's course is not found.
 */
@Controller
class UnitTrainingsController {

    private final TrainingApi training;

    UnitTrainingsController(TrainingApi training) {
        this.training = training;
    }

    @GetMapping("/portal/unit/trainings")
    String trainings(Model model) {
        model.addAttribute("trainings", training.unitTrainings());
        return "unit/trainings";
    }

    @GetMapping("/portal/unit/trainings/courses/{courseId}")
    String course(@PathVariable String courseId, Model model) {
        model.addAttribute("course", training.course(courseId));
        model.addAttribute("trainees", training.courseTrainees(courseId));
        return "unit/training-course";
    }
}

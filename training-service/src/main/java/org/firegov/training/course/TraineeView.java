package org.firegov.training.course;

import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** A trainee's record in one course: hours attended, last exam, certificate. Id is {@code courseId:traineeId}. */
@Document(TraineeView.COLLECTION)
public record TraineeView(@Id String id, @Indexed String courseId, String town, String department,
                          String traineeId, String name, @Indexed String unitId, double hoursAttended,
                          int sessionsAttended, Integer lastScore, LocalDate lastExamDate, boolean passed,
                          String certificateNo) {

    public static final String COLLECTION = "course_trainees";

    static String idOf(String courseId, String traineeId) {
        return courseId + ":" + traineeId;
    }
}

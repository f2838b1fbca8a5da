package org.firegov.training.survey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.firegov.kit.domain.InvalidInput;
import org.firegov.training.Residents;
import org.firegov.training.survey.SurveyCommands.IssueToken;
import org.firegov.training.survey.SurveyCommands.RedeemToken;
import org.firegov.training.survey.SurveyCommands.SubmitResponse;
import org.firegov.training.survey.SurveyRequests.AnswerRequest;
import org.firegov.training.survey.SurveyRequests.ResponseRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Anonymous responses: a respondent first takes a one-time token, then answers with it. Redeeming the token and
 * scoring the response are one database transaction: malformed answers roll the redemption back (the token stays
 * usable), and a token answers at most once even when two requests race (the second append loses).
 */
@Service
class SurveyResponses {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final CommandGateway commands;
    private final Residents residents;
    private final Duration tokenLifetime;
    private final Clock clock;

    SurveyResponses(CommandGateway commands, Residents residents,
                    @Value("${firegov.training.survey.token-lifetime:PT1H}") Duration tokenLifetime) {
        this.commands = commands;
        this.residents = residents;
        this.tokenLifetime = tokenLifetime;
        this.clock = Clock.systemUTC();
    }

    record Token(String token, Instant expiresAt) {
    }

    Token issue(String surveyId) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant expiresAt = clock.instant().plus(tokenLifetime);
        commands.sendAndWait(new IssueToken(hash(token), surveyId, expiresAt));
        return new Token(token, expiresAt);
    }

    @Transactional
    SurveyCommands.Outcome respond(String surveyId, ResponseRequest response) {
        if (!residents.knows(response.town())) {
            throw new InvalidInput("town", "unknown town; one of " + residents.towns().keySet());
        }
        Map<String, String> answers = new LinkedHashMap<>();
        for (AnswerRequest answer : response.answers()) {
            if (answers.put(answer.questionId(), answer.optionId()) != null) {
                throw new InvalidInput("answers", "question " + answer.questionId() + " is answered twice");
            }
        }
        commands.sendAndWait(new RedeemToken(hash(response.token()), surveyId, clock.instant()));
        return commands.sendAndWait(new SubmitResponse(surveyId, UUID.randomUUID().toString(), response.town(),
                answers));
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}

package eu.skills4cities.citycert.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Documents the problem answers of every API operation in the OpenAPI description, each as RFC 9457
 * problem details ({@value #SCHEMA}, with our {@code problems} list) with an example:
 * <ul>
 *   <li>401 (and 429 for too many failed sign-ins) on every path that needs a sign-in, that is every
 *       path not in {@link SecurityConfiguration#PUBLIC_API};</li>
 *   <li>404 on every path with a path variable (an id, a number, a code);</li>
 *   <li>422 on every operation that takes input (a body or parameters), none on those that take none;</li>
 *   <li>403, 409 and any special answer as the controller or method states them ({@link ProblemAnswers});</li>
 *   <li>500 on every operation (the API's fallback answer, with an error id);</li>
 *   <li>503 with {@code Retry-After} on every operation (no database connection came in time,
 *       {@link eu.skills4cities.citycert.base.DatabaseBusy}).</li>
 * </ul>
 * An answer the operation declares itself ({@code @ApiResponse}) keeps its description and gets the
 * problem schema. The same bean customises each operation (it sees the handler's annotations) and then
 * the whole description (it sees the paths).
 */
@Component
class OpenApiProblemAnswers implements OperationCustomizer, OpenApiCustomizer {

    /** The examples are in English, as the answers are for a caller without Accept-Language. */
    private static final Locale EXAMPLES = Locale.ENGLISH;
    private static final String ERROR_ID = "3f2c9a4e-7d1b-4c6a-9e2f-5b8d0a1c7e34";

    static final String SCHEMA = "ProblemDetail";
    static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    private static final List<PathPattern> PUBLIC = SecurityConfiguration.PUBLIC_API.stream()
            .map(PathPatternParser.defaultInstance::parse).toList();

    private static final String NOT_FOUND_EXTENSION = "x-citycert-not-found";

    static final String UNAUTHORIZED = "Not signed in, or the credentials (password, API token, session) were refused";
    static final String THROTTLED = "Too many failed sign-ins for this account or from this address: wait the seconds "
            + "that Retry-After gives";
    static final String NOT_FOUND = "No such resource, or not yours to see: the same answer, so nobody learns which";
    static final String UNPROCESSABLE = "The input was not accepted: every problem, naming its field, in 'problems'";
    static final String INTERNAL = "A failure on our side: the answer holds an error id for the log, nothing of the failure";
    static final String BUSY = "The service is too busy to answer just now (no database connection came in time): "
            + "nothing is wrong with the request; send it again after the seconds that Retry-After gives";

    private final MessageSource messages;

    OpenApiProblemAnswers(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        ProblemAnswers onClass = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), ProblemAnswers.class);
        ProblemAnswers onMethod = handler.getMethodAnnotation(ProblemAnswers.class);
        declare(operation, HttpStatus.FORBIDDEN, stated(onClass, onMethod, ProblemAnswers::forbidden));
        String notFound = stated(onClass, onMethod, ProblemAnswers::notFound);
        if (!notFound.isEmpty()) {
            // a path step decides whether there is a 404 at all: only paths with a variable have one
            operation.addExtension(NOT_FOUND_EXTENSION, notFound);
        }
        declare(operation, HttpStatus.CONFLICT, stated(onClass, onMethod, ProblemAnswers::conflict));
        for (ProblemAnswers answers : new ProblemAnswers[] {onClass, onMethod}) {
            if (answers != null) {
                for (ProblemAnswers.Answer answer : answers.more()) {
                    declare(operation, HttpStatus.valueOf(answer.status()), answer.description());
                }
            }
        }
        return operation;
    }

    @Override
    public void customise(OpenAPI api) {
        if (api.getComponents() == null) {
            api.setComponents(new Components());
        }
        api.getComponents().addSchemas(SCHEMA, problemSchema());
        if (api.getPaths() == null) {
            return;
        }
        api.getPaths().forEach((path, item) -> item.readOperations().forEach(operation -> {
            ApiResponses responses = operation.getResponses();
            if (needsSignIn(path)) {
                responses.putIfAbsent("401", new ApiResponse().description(UNAUTHORIZED));
                responses.putIfAbsent("429", new ApiResponse().description(THROTTLED));
            }
            Object notFound = operation.getExtensions() == null ? null
                    : operation.getExtensions().remove(NOT_FOUND_EXTENSION);
            if (path.contains("{")) {
                responses.putIfAbsent("404", new ApiResponse().description(
                        notFound == null ? NOT_FOUND : notFound.toString()));
            }
            if (operation.getExtensions() != null && operation.getExtensions().isEmpty()) {
                operation.setExtensions(null);
            }
            boolean takesInput = operation.getRequestBody() != null
                    || (operation.getParameters() != null && !operation.getParameters().isEmpty());
            if (takesInput) {
                responses.putIfAbsent("422", new ApiResponse());
            } else {
                responses.remove("422");
            }
            responses.putIfAbsent("500", new ApiResponse());
            responses.putIfAbsent("503", new ApiResponse());
            responses.forEach((code, response) -> {
                if (isProblem(code)) {
                    describe(api, path, operation, Integer.parseInt(code), response);
                }
            });
        }));
    }

    /** True for every path but the public ones. */
    static boolean needsSignIn(String path) {
        PathContainer container = PathContainer.parsePath(path);
        return PUBLIC.stream().noneMatch(pattern -> pattern.matches(container));
    }

    static boolean isProblem(String code) {
        return code.length() == 3 && (code.startsWith("4") || code.startsWith("5"));
    }

    private static String stated(ProblemAnswers onClass, ProblemAnswers onMethod,
                                 Function<ProblemAnswers, String> attribute) {
        if (onMethod != null && !attribute.apply(onMethod).isEmpty()) {
            return attribute.apply(onMethod);
        }
        return onClass == null ? "" : attribute.apply(onClass);
    }

    private static void declare(Operation operation, HttpStatus status, String description) {
        if (!description.isEmpty()) {
            operation.getResponses().put(String.valueOf(status.value()), new ApiResponse().description(description));
        }
    }

    /** The problem schema and an example of this answer, whatever content the operation's return type suggested. */
    private void describe(OpenAPI api, String path, Operation operation, int status, ApiResponse response) {
        HttpStatus httpStatus = HttpStatus.valueOf(status);
        String description = response.getDescription();
        if (description == null || description.isBlank() || description.equals(httpStatus.getReasonPhrase())) {
            description = switch (status) {
                case 401 -> UNAUTHORIZED;
                case 404 -> NOT_FOUND;
                case 422 -> UNPROCESSABLE;
                case 500 -> INTERNAL;
                case 503 -> BUSY;
                default -> httpStatus.getReasonPhrase();
            };
            response.setDescription(description);
        }
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", "about:blank");
        example.put("title", httpStatus.getReasonPhrase());
        example.put("status", status);
        example.put("detail", description + ".");
        example.put("instance", path);
        switch (status) {
            case 401 -> {
                example.put("title", text("api.unauthorized.title"));
                example.put("detail", text("api.unauthorized.detail"));
            }
            case 403 -> example.put("title", text("api.forbidden.title"));
            case 404 -> example.put("title", text("api.not-found"));
            case 422 -> {
                String problem = text("problem.input.invalid", firstField(api, operation));
                example.put("title", text("api.input.invalid"));
                example.put("detail", problem);
                example.put("problems", List.of(problem));
            }
            case 500 -> {
                example.put("title", text("api.internal.title"));
                example.put("detail", text("api.internal", ERROR_ID));
                example.put("errorId", ERROR_ID);
            }
            case 503 -> {
                example.put("title", text("api.unavailable.title"));
                example.put("detail", text("api.unavailable"));
                response.addHeaderObject(HttpHeaders.RETRY_AFTER, new Header()
                        .description("seconds to wait before sending the request again")
                        .schema(new IntegerSchema().example(5)));
            }
            default -> {
            }
        }
        if (status == 429 && needsSignIn(path)) {
            example.put("title", text("login.throttled.title"));
            example.put("detail", text("login.throttled.detail", 60));
        }
        response.setContent(new Content().addMediaType(PROBLEM_JSON, new MediaType()
                .schema(new Schema<>().$ref("#/components/schemas/" + SCHEMA)).example(example)));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, EXAMPLES);
    }

    /** The operation's first input field, for the example of its 422: a body's first property, or a parameter. */
    private static String firstField(OpenAPI api, Operation operation) {
        if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
            for (MediaType media : operation.getRequestBody().getContent().values()) {
                Schema<?> schema = media.getSchema();
                if (schema != null && schema.get$ref() != null && api.getComponents().getSchemas() != null) {
                    schema = api.getComponents().getSchemas().get(schema.get$ref().substring(
                            schema.get$ref().lastIndexOf('/') + 1));
                }
                if (schema != null && schema.getProperties() != null && !schema.getProperties().isEmpty()) {
                    return schema.getProperties().keySet().iterator().next();
                }
            }
        }
        if (operation.getParameters() != null && !operation.getParameters().isEmpty()) {
            return operation.getParameters().get(operation.getParameters().size() - 1).getName();
        }
        return "body";
    }

    /** RFC 9457 problem details as CityCert answers them, in the caller's language ({@code Accept-Language}). */
    private static Schema<?> problemSchema() {
        Schema<Object> importProblem = new ObjectSchema()
                .addProperty("path", new StringSchema().description("where in the file"))
                .addProperty("line", new IntegerSchema().description("the line in the file"))
                .addProperty("message", new StringSchema());
        return new ObjectSchema()
                .description("RFC 9457 problem details, in the caller's language (Accept-Language)")
                .addProperty("type", new StringSchema().format("uri").description("about:blank: the status says it all"))
                .addProperty("title", new StringSchema().description("what kind of problem, in a few words"))
                .addProperty("status", new IntegerSchema().description("the HTTP status"))
                .addProperty("detail", new StringSchema().description("what went wrong, in a sentence or two, for a person"))
                .addProperty("instance", new StringSchema().format("uri-reference").description("the request's path"))
                .addProperty("problems", new ArraySchema()
                        .items(new Schema<>().oneOf(List.of(new StringSchema(), importProblem)))
                        .description("422: every problem of the input, one sentence each naming its field (a "
                                + "framework import: path, line and message of each)"))
                .addProperty("errorId", new StringSchema().description("500: the id of the failure in the log"))
                .addProperty("outcome", new StringSchema().description("public verification: what the check found "
                        + "(MALFORMED, MISTYPED, UNKNOWN, TOO_LARGE, NOT_A_PDF)"));
    }
}

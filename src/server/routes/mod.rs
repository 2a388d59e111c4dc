//! The `/v1` routes. Each handler is annotated for the OpenAPI document, which is built
//! from the same list the router is: they cannot disagree.

use axum::http::StatusCode;
use utoipa::OpenApi;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::App;
use crate::contract::{BODY_LIMIT, MAX_BATCH, REQUEST_TIMEOUT, SIGN_IN_BODY_LIMIT};
use crate::error::Error;

mod admins;
mod clients;
mod imports;
mod portfolios;
mod register;
mod sessions;
mod settings;

use admins::*;
use clients::*;
use imports::*;
use portfolios::*;
use register::*;
use sessions::*;
use settings::*;

#[derive(OpenApi)]
#[openapi(
    info(
        title = "urssaf-admin",
        description = "An accounting firm's Urssaf space: portfolios, subscribers, clients. \
            Errors are JSON objects {kind, message, hint}, in the language of Accept-Language. \
            Every route but /healthz, POST /v1/sessions and POST /v1/activations needs \
            `Authorization: Bearer TOKEN`; without a valid session it answers 401 before \
            anything else of the request is read. A request axum cannot read (a malformed \
            path, query or JSON body) is 400; a readable one that a rule refuses is 422. \
            Numbers in paths and queries are plain digits (no sign, no leading zero): \
            anything else is 422."
    ),
    components(schemas(Error)),
    modifiers(&BearerAuth)
)]
struct ApiDoc;

struct BearerAuth;

impl utoipa::Modify for BearerAuth {
    fn modify(&self, api: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
        let components = api.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()),
        );
    }
}

/// What every operation may answer besides its own responses: the refusals of axum's
/// extractors, of the body limit and of the timeout layer, and of the bearer check. Run
/// on the document built from the router's own list, after every route is in it.
pub struct CommonResponses;

impl utoipa::Modify for CommonResponses {
    fn modify(&self, api: &mut utoipa::openapi::OpenApi) {
        for item in api.paths.paths.values_mut() {
            let operations = [
                &mut item.get,
                &mut item.put,
                &mut item.post,
                &mut item.delete,
                &mut item.patch,
            ];
            for op in operations.into_iter().flatten() {
                let secured = op.security.as_ref().is_some_and(|s| !s.is_empty());
                let body = op.request_body.is_some();
                let params = op.parameters.as_ref().is_some_and(|p| !p.is_empty());
                let mut common = vec![413, 500, 503];
                if secured {
                    common.push(401);
                }
                if body || params {
                    common.extend([400, 422]);
                }
                if body {
                    common.push(415);
                }
                for status in common {
                    op.responses
                        .responses
                        .entry(status.to_string())
                        .or_insert_with(|| error_response(status).into());
                }
                for (status, response) in op.responses.responses.iter_mut() {
                    if let utoipa::openapi::RefOr::T(r) = response
                        && r.description.is_empty()
                    {
                        r.description = describe(status.parse().unwrap_or_default());
                    }
                }
            }
        }
    }
}

fn error_response(status: u16) -> utoipa::openapi::Response {
    use utoipa::openapi::{Content, Ref, ResponseBuilder};
    let mut response = ResponseBuilder::new()
        .description(describe(status))
        .content(
            "application/json",
            Content::new(Some(Ref::from_schema_name("Error"))),
        );
    if status == 429 {
        response = response.header("Retry-After", retry_after());
    }
    response.build()
}

fn retry_after() -> utoipa::openapi::Header {
    use utoipa::openapi::schema::{ObjectBuilder, Type};
    utoipa::openapi::HeaderBuilder::new()
        .schema(Some(
            ObjectBuilder::new()
                .schema_type(Type::Integer)
                .minimum(Some(0)),
        ))
        .description(Some("Seconds to wait before trying again"))
        .build()
}

/// What a status means on this API, for the responses the annotations leave undescribed.
fn describe(status: u16) -> String {
    let text = match status {
        200 => "Done",
        201 => "Created",
        400 => "Malformed request: the path, the query or the JSON body cannot be read",
        401 => {
            "Not signed in: no valid `Authorization: Bearer` header, an unknown or expired \
                session, or wrong credentials"
        }
        403 => {
            "Not allowed: administrators only (R2), or a portfolio that is not the caller's (R7)"
        }
        404 => "Not found",
        409 => {
            "Conflict: a duplicate, a run of another administrator, or the last administrator (R3)"
        }
        413 => return format!("The body is larger than {} MiB", BODY_LIMIT >> 20),
        415 => "The body is not `application/json`",
        422 => {
            return format!(
                "Refused by a rule: a SIREN checksum, an email, a number that is not in plain \
                    digits from 1, `limit=0`, a batch of more than {MAX_BATCH} rows, ..."
            );
        }
        429 => "Too many wrong passwords: the login is locked for `Retry-After` seconds",
        502 => "The company register did not answer",
        500 => "Internal error",
        503 => {
            return format!(
                "Not finished within {} s; a change may still have been made",
                REQUEST_TIMEOUT.as_secs()
            );
        }
        _ => "See the error's `kind` and `message`",
    };
    text.to_string()
}

pub fn api() -> OpenApiRouter<App> {
    OpenApiRouter::with_openapi(ApiDoc::openapi())
        .routes(routes!(healthz))
        .routes(routes!(logout))
        .routes(routes!(session_list, logout_all))
        .routes(routes!(session_end))
        .routes(routes!(user_sessions_end))
        .routes(routes!(me))
        .routes(routes!(portfolio_list, portfolio_create))
        .routes(routes!(portfolio_show))
        .routes(routes!(portfolio_export))
        .routes(routes!(portfolio_sync))
        .routes(routes!(portfolio_subscribers, subscriber_add))
        .routes(routes!(subscriber_modify, subscriber_remove))
        .routes(routes!(subscriber_list))
        .routes(routes!(admin_list))
        .routes(routes!(admin_add, admin_remove))
        .routes(routes!(subscriber_reinvite))
        .routes(routes!(subscriber_hand_over))
        .routes(routes!(access_client))
        .routes(routes!(access_user))
        .routes(routes!(access_review))
        .routes(routes!(user_disable))
        .routes(routes!(user_enable))
        .routes(routes!(user_export))
        .routes(routes!(user_erase))
        .routes(routes!(client_list, client_add))
        .routes(routes!(client_move, client_remove))
        .routes(routes!(mandate_show, mandate_set, mandate_clear))
        .routes(routes!(mandate_list))
        .routes(routes!(import_clients))
        .routes(routes!(import_subscribers))
        .routes(routes!(settings_show, settings_set))
        .routes(routes!(audit_list))
        .routes(routes!(audit_purge))
        .routes(routes!(notification_list))
        .routes(routes!(register_clients))
        .routes(routes!(register_lookup))
        .routes(routes!(register_renames))
        // Sign-in and activation are open to anyone: their bodies are small.
        .merge(
            OpenApiRouter::new()
                .routes(routes!(login))
                .routes(routes!(activate))
                .layer(tower_http::limit::RequestBodyLimitLayer::new(
                    SIGN_IN_BODY_LIMIT,
                )),
        )
}

fn created_unless(dry_run: bool) -> StatusCode {
    if dry_run {
        StatusCode::OK
    } else {
        StatusCode::CREATED
    }
}

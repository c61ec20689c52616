/**
 * MicroProfile Health checks: readiness (database migrated and reachable) and liveness.
 */
package id.rentan.platform.web.health;

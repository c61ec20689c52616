/**
 * Screens and REST resources of the claims module: thin backing beans, converters and JAX-RS resources that call the application services.
 */
package id.rentan.claims.web;

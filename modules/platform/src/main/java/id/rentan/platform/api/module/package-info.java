/**
 * How a business module plugs into the platform: its descriptor (schema, migrations, texts, page access, menu) and
 * the tasks it adds to each role's home page.
 */
package id.rentan.platform.api.module;

/** A fictional demo network, loaded once into the embedded database (or when {@code ourown.demo=true}). */
@ApplicationModule(allowedDependencies = {"accounts", "directory", "members", "shared", "warmline"})
package org.ourown.demo;

import org.springframework.modulith.ApplicationModule;

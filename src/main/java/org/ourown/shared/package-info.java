/** Small open helpers every module may use: htmx detection, paging, not-found, personal-data access events. */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.ourown.shared;

import org.springframework.modulith.ApplicationModule;

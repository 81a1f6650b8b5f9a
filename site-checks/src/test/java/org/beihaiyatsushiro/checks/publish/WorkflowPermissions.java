package org.beihaiyatsushiro.checks.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What each job of a GitHub Actions workflow may do with its token, against what its actions need:
 * a job must have every permission its actions need and nothing more. The needs come from the
 * actions' own documentation; an action missing from {@link #NEEDS} is a problem until someone adds
 * what it needs.
 */
final class WorkflowPermissions {
  /** How much of a scope the token gets; WRITE includes READ. */
  enum Access {
    READ,
    WRITE
  }

  /** One permission of the workflow token, like {@code pages: read}. */
  record Permission(String scope, Access access) {
    static Permission read(String scope) {
      return new Permission(scope, Access.READ);
    }

    static Permission write(String scope) {
      return new Permission(scope, Access.WRITE);
    }
  }

  /**
   * The permissions each action needs, by action (owner/name, without the version). From each
   * action's README: actions/configure-pages reads the repository's Pages settings, which a private
   * repository refuses without pages: read (configure-pages issue #188); actions/deploy-pages
   * creates the deployment (pages: write) and proves where it comes from with an OIDC token
   * (id-token: write). The artifact actions talk to the artifact service with the runner's own
   * token, and setup-java downloads a public JDK: none of them needs the workflow token.
   */
  static final Map<String, List<Permission>> NEEDS =
      Map.of(
          "actions/checkout", List.of(Permission.read("contents")),
          "actions/setup-java", List.of(),
          "actions/configure-pages", List.of(Permission.read("pages")),
          "actions/upload-pages-artifact", List.of(),
          "actions/upload-artifact", List.of(),
          "actions/deploy-pages", List.of(Permission.write("pages"), Permission.write("id-token")));

  private WorkflowPermissions() {}

  /**
   * Every job of the workflow whose permissions are not exactly what its actions need, one line
   * each: {@code job 'build': actions/configure-pages needs pages: read, the job has none}.
   */
  static List<String> problems(Map<String, Object> workflow) {
    List<String> problems = new ArrayList<>();
    Object workflowLevel = workflow.get("permissions");
    for (Map.Entry<String, Object> job : map(workflow.get("jobs")).entrySet()) {
      Map<String, Object> body = map(job.getValue());
      String name = "job '" + job.getKey() + "'";
      Object declared = body.containsKey("permissions") ? body.get("permissions") : workflowLevel;
      if (declared == null) {
        problems.add(
            name
                + ": no permissions set, so it gets the repository's default token, which may"
                + " write everywhere (set permissions: for the job)");
        continue;
      }
      if (!(declared instanceof Map<?, ?>)) {
        problems.add(
            name + ": permissions: " + declared + " grants every scope (list only what it needs)");
        continue;
      }
      Map<String, Access> granted = granted(map(declared));
      Map<String, Access> needed = new TreeMap<>();
      Map<String, String> neededBy = new TreeMap<>();
      for (Object step : steps(body)) {
        Object uses = map(step).get("uses");
        if (uses == null) {
          continue;
        }
        String action = action(String.valueOf(uses));
        List<Permission> needs = NEEDS.get(action);
        if (needs == null) {
          problems.add(
              name
                  + ": "
                  + uses
                  + " is not in the table of what each action needs"
                  + " (add it to WorkflowPermissions.NEEDS from the action's README)");
          continue;
        }
        for (Permission p : needs) {
          if (needed.merge(p.scope(), p.access(), WorkflowPermissions::max) == p.access()) {
            neededBy.put(p.scope(), action);
          }
        }
      }
      for (Map.Entry<String, Access> need : needed.entrySet()) {
        Access has = granted.get(need.getKey());
        if (has == null || has.compareTo(need.getValue()) < 0) {
          problems.add(
              String.format(
                  "%s: %s needs %s: %s, the job has %s",
                  name,
                  neededBy.get(need.getKey()),
                  need.getKey(),
                  text(need.getValue()),
                  has == null ? "none" : text(has)));
        }
      }
      for (Map.Entry<String, Access> has : granted.entrySet()) {
        Access need = needed.get(has.getKey());
        if (need == null || need.compareTo(has.getValue()) < 0) {
          problems.add(
              String.format(
                  "%s: has %s: %s, but its actions need %s",
                  name, has.getKey(), text(has.getValue()), need == null ? "none" : text(need)));
        }
      }
    }
    return problems;
  }

  /** The action's owner/name from a {@code uses:} value such as {@code actions/checkout@v6}. */
  static String action(String uses) {
    String name = uses.replaceFirst("@.*$", "");
    String[] parts = name.split("/");
    return parts.length >= 2 ? parts[0] + "/" + parts[1] : name;
  }

  private static Map<String, Access> granted(Map<String, Object> declared) {
    Map<String, Access> granted = new TreeMap<>();
    declared.forEach(
        (scope, value) -> {
          switch (String.valueOf(value)) {
            case "read" -> granted.put(scope, Access.READ);
            case "write" -> granted.put(scope, Access.WRITE);
            default -> {} // none
          }
        });
    return granted;
  }

  private static Access max(Access a, Access b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  private static String text(Access access) {
    return access.name().toLowerCase(java.util.Locale.ROOT);
  }

  private static List<?> steps(Map<String, Object> job) {
    Object steps = job.get("steps");
    return steps instanceof List<?> list ? list : List.of();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object o) {
    if (!(o instanceof Map<?, ?>)) {
      throw new IllegalArgumentException("expected a mapping in the workflow, found: " + o);
    }
    return (Map<String, Object>) o;
  }
}

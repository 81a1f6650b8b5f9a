package org.beihaiyatsushiro.site.base;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Every message the site prints about its sources, one constant per distinct sentence, naming its
 * placeholders in the order {@link #with} takes their values.
 *
 * <p>The text of each message is not here but in the tables of data/messages/ (en.yml, zh.yml,
 * ja.yml), under the constant's name in lower case ({@code field_unknown: "unknown field
 * '{field}'"}), so that a translator edits the words and never the code. {@code i18n.ProblemText}
 * reads the tables and tells each problem in its editor's language; a table without one of these
 * ids, or a text that leaves out or invents a placeholder, fails the build. The few messages about
 * the tables themselves carry their English text here ({@link #fixedText}), so that they can be
 * printed when the tables are broken.
 *
 * <p>Adding a message: a constant here, then its text in all three tables (the build says which are
 * missing).
 */
public enum Message {
  // how a problem is printed after its file and line: what is wrong, then how to fix it
  WITH_HINT("message", "hint"),

  // jbake.properties (base.SiteConfig)
  SETTING_BASE_URL_NOT_ABSOLUTE("key", "value"),
  SETTING_AS_OF_NOT_A_DATE("key", "value", "why"),
  SETTING_PUBLISH_FUTURE_NOT_BOOLEAN("key", "value"),
  SETTING_NOT_BOOLEAN("key", "value"),
  SETTING_MESSAGES_UNKNOWN("key", "value"),
  SETTING_EDIT_URL_NOT_HTTPS_FOLDER("key", "value"),
  HINT_GIVEN_ON_THE_COMMAND_LINE("key"),
  SETTING_ONLY_ONE_VALUE("key", "value", "accepted"),
  SETTING_TEMPLATE_FILE_DOES_NOTHING("key"),
  HINT_TEMPLATE_BY_TYPE(),
  SETTING_UNKNOWN("key"),
  HINT_SETTINGS_ARE("settings"),
  HINT_UTF8_ONLY(),
  HINT_NO_DEFAULTS(),
  HINT_RENDERS_ITSELF(),
  HINT_STORE_IN_MEMORY(),
  SETTING_FOLDER_OUTSIDE_SITE("key", "folder"),
  HINT_FOLDER_INSIDE_SITE("example"),

  // dates (base.PartialDate)
  DATE_NOT_OF_THE_FORM(),
  DATE_MONTH_OUT_OF_RANGE("month"),
  DATE_DAY_OUT_OF_RANGE("day", "month", "year", "days"),

  // front matter (content.ContentSchema)
  FIELD_RETIRED("field"),
  HINT_NO_TAGS(),
  HINT_DID_YOU_MEAN("name"),
  HINT_THE_FIELDS_ARE("fields"),
  FIELD_UNKNOWN("field"),
  TYPE_UNKNOWN("value"),
  HINT_WRITE_ONE_OF("values"),
  STATUS_UNKNOWN("value"),
  HINT_STATUS_VALUES(),
  LANG_NOT_THE_FOLDERS("value", "folder"),
  HINT_MOVE_OR_CORRECT_LANG(),
  TRANSLATION_KEY_NOT_PLAIN("value"),
  HINT_PLAIN_NAME(),
  ARTICLE_FIELD_NOT_A_LINK("value"),
  HINT_ARTICLE_FIELD_EXAMPLE(),
  EVENT_WITHOUT_KIND(),
  HINT_ADD_A_KIND("kinds"),
  KIND_UNKNOWN("value"),
  ANNIVERSARY_UNKNOWN("value"),
  FIELD_ONLY_FOR_EVENTS("field", "type"),
  HINT_REMOVE_OR_MAKE_EVENT(),
  TRANSLATED_FROM_UNKNOWN("value"),
  HINT_WRITE_A_LANGUAGE(),
  TRANSLATED_FROM_OWN_LANGUAGE("lang"),
  HINT_WRITE_THE_SOURCE_LANGUAGE(),
  SOURCE_UPDATED_WITHOUT_TRANSLATED_FROM(),
  HINT_ADD_TRANSLATED_FROM(),
  FIELD_MISSING("field"),
  HINT_ADD_A_LINE_SUCH_AS("example"),
  FIELD_IS_A_LIST("field"),
  HINT_ONE_VALUE("field"),
  FIELD_EMPTY("field"),
  HINT_WRITE_A_VALUE_FOR_EXAMPLE("field", "example"),
  HINT_WRITE_A_VALUE_OR_REMOVE("field"),
  ORDER_ONLY_FOR_ARTICLES("type"),
  HINT_EVENTS_ORDERED_BY_DATE(),
  HINT_REMOVE_THE_LINE(),
  ORDER_NOT_A_NUMBER("value", "max"),
  HINT_ORDER_EXAMPLE(),
  DATE_WRONG("value", "why"),
  DATE_IN_FIELD_WRONG("field", "value", "why"),
  HINT_DATE_FORMS(),

  // front matter as YAML (content.YamlMistakes, content.FrontMatterReader)
  FRONT_MATTER_NOT_YAML("detail"),
  HINT_WRITE_EACH_FIELD(),
  HINT_WRITE_EACH_FIELD_QUOTED(),
  YAML_SECOND_COLON(),
  HINT_QUOTE_THE_VALUE_WITH_COLON(),
  YAML_TAB(),
  HINT_SPACES_NOT_TABS(),
  YAML_RESERVED_SIGN("sign"),
  HINT_QUOTE_THE_VALUE("example"),
  HINT_NO_ANCHORS("example"),
  YAML_QUOTE_NOT_CLOSED(),
  HINT_CLOSE_THE_QUOTE(),
  YAML_LIST_NOT_CLOSED(),
  HINT_QUOTE_A_BRACKET(),
  YAML_BRACE_NOT_CLOSED(),
  HINT_QUOTE_A_BRACE(),
  YAML_NOT_A_FIELD(),
  HINT_NAME_COLON_VALUE(),
  YAML_LIST_ITEM(),
  HINT_NO_LIST_ITEMS(),
  YAML_TEXT_AFTER_QUOTE(),
  HINT_APOSTROPHE(),
  YAML_NESTED_VALUE(),
  HINT_NO_NESTED_LISTS(),
  YAML_INDENTED_COMMENT(),
  HINT_INDENTED_COMMENT(),
  HINT_QUOTE_THE_VALUE_AS("line"),
  HINT_KEEP_THE_HASH(),
  YAML_COMMENT_IN_LINE(),
  FILE_EMPTY(),
  HINT_START_WITH_FRONT_MATTER(),
  FRONT_MATTER_NOT_AT_THE_TOP(),
  HINT_DELETE_EMPTY_LINES_ABOVE("line"),
  NO_FRONT_MATTER(),
  HINT_BEGIN_WITH_FRONT_MATTER(),
  HEADER_NOT_CLOSED(),
  HINT_CLOSE_WITH("fence"),
  HEADER_LINE_NOT_A_FIELD(),
  HINT_ONE_FIELD_A_LINE_CLASSIC(),
  FIELD_GIVEN_TWICE("field"),
  HINT_KEEP_ONE_OF_THE_LINES("first", "second"),
  FRONT_MATTER_NOT_CLOSED(),
  FRONT_MATTER_NOT_FIELDS(),
  HINT_ONE_FIELD_A_LINE(),
  FIELD_NAME_NOT_A_WORD(),
  HINT_WRITE_NAME_VALUE(),
  FIELD_WITH_INDENTED_LINES("field"),
  HINT_VALUE_ON_THE_SAME_LINE("field"),

  // reading files (content.SourceText, content.ContentReader, content.DataTable)
  NOT_UTF8(),
  HINT_SAVE_AS_UTF8(),
  FILE_COULD_NOT_BE_READ(),
  HINT_READER_FAILED("error"),
  FILE_TOO_BIG("size", "limit"),
  HINT_SPLIT_THE_ARTICLE(),
  FILE_CANNOT_BE_READ("detail"),
  HINT_CHECK_PERMISSIONS(),
  NO_TEXT_AFTER_FRONT_MATTER(),
  HINT_WRITE_THE_TEXT(),

  // content/ (content.ContentFolder, content.SourceTree)
  CONTENT_FOLDER_MISSING(),
  HINT_CREATE_CONTENT_FOLDER(),
  TEMPLATE_FOLDER_MISSING(),
  HINT_RESTORE_TEMPLATE_FOLDER(),
  JBAKE_IGNORE_FILE(),
  HINT_DELETE_JBAKE_IGNORE("file"),
  FILE_IN_HIDDEN_FOLDER(),
  HINT_MOVE_OUT_OF_HIDDEN_FOLDER(),
  PICTURE_IN_CONTENT(),
  HINT_MOVE_TO_IMAGES("name"),
  HINT_SPLIT_THE_PDF(),
  NAME_STARTS_WITH_DOT("name"),
  HINT_RENAME_WITHOUT_DOT(),
  NAME_NOT_ASCII("name", "characters"),
  HINT_ASCII_NAME(),
  NAME_WITH_CAPITALS_OR_SIGNS("name"),
  HINT_LOWER_CASE_NAME(),
  FILE_OUTSIDE_LANGUAGE_FOLDERS(),
  HINT_MOVE_TO_A_LANGUAGE_FOLDER(),
  MARKDOWN_WRONG_EXTENSION(),
  HINT_RENAME_TO("name"),
  OTHER_MARKUP_IN_CONTENT("extension"),
  HINT_WRITE_IN_MARKDOWN("name"),
  NEITHER_PAGE_NOR_PDF(),
  HINT_REMOVE_FROM_CONTENT(),
  SYMBOLIC_LINK("target"),
  HINT_REPLACE_LINK_WITH_FOLDER(),
  HINT_REPLACE_LINK_WITH_FILE(),
  SPECIAL_FILE(),
  HINT_REMOVE_IT(),
  ENTRY_CANNOT_BE_READ("detail"),
  HINT_CHECK_YOU_MAY_READ_IT(),

  // Markdown (content.MarkdownNesting, content.MarkdownRenderer)
  RULE_TOO_LONG("length", "limit"),
  HINT_THREE_SIGNS(),
  NESTED_TOO_DEEP("depth", "limit"),
  HINT_FEWER_LEVELS(),
  BRACKETS_TOO_DEEP("limit"),
  HINT_FEWER_BRACKETS(),
  READING_TOOK_TOO_LONG("seconds"),
  HINT_LONG_RUN_OF_SIGNS(),
  UNREADABLE_HTML_TAG("text"),
  HINT_ALLOWED_TAG_FORM(),
  HTML_TOO_DEEP("limit"),
  HINT_CLOSE_EACH_TAG(),
  HTML_TAG_NOT_ALLOWED("tag"),
  HINT_ALLOWED_TAGS(),
  NOT_A_LANGUAGE_TAG("value"),
  HINT_LANGUAGE_TAG(),
  HTML_ATTRIBUTE_NOT_ALLOWED("attribute", "tag"),
  HINT_ALLOWED("values"),
  TEXT_TOO_DEEP("limit"),
  HINT_SIMPLIFY_IT(),
  IMAGE_WITHOUT_ALT(),
  HINT_DESCRIBE_THE_IMAGE(),
  DECORATIVE_WITH_DESCRIPTION(),
  HINT_DECORATIVE(),
  PICTURE_NOT_ON_ITS_OWN(),
  HINT_PICTURE_ON_ITS_OWN_LINE(),
  IMAGE_WITHOUT_FILE(),
  LINK_WITHOUT_ADDRESS(),
  HINT_WRITE_THE_IMAGE_FILE(),
  HINT_WRITE_THE_ADDRESS(),
  THE_IMAGE("address"),
  THE_LINK("address"),
  IMAGE_ON_ANOTHER_WEBSITE("what"),
  HINT_SAVE_IN_IMAGES(),
  LINK_SCHEME_NOT_ALLOWED("address", "scheme"),
  HINT_WEB_LINKS(),
  LINK_WITHOUT_SCHEME("what"),
  HINT_WHOLE_ADDRESS(),
  LINK_FROM_ROOT("what"),
  HINT_RELATIVE_LINK(),
  LINK_BROKEN_PERCENT_CODE("what"),
  HINT_PERCENT_CODES(),

  // across files (content.SiteChecks)
  ORDER_GIVEN_TWICE("order", "other"),
  HINT_OWN_PLACE_IN_ORDER(),
  ORDER_BUT_ORIGINAL_HAS_NONE("order", "original"),
  HINT_ORDER_TO_THE_ORIGINAL(),
  NO_ORDER_BUT_ORIGINAL_HAS("original", "order"),
  HINT_ADD_THE_ORIGINALS_ORDER("order"),
  ORDER_DIFFERS_FROM_ORIGINAL("order", "original_order", "original"),
  HINT_WRITE_THE_ORIGINALS_ORDER("order"),
  TRANSLATION_KEY_USED_TWICE("key", "others"),
  HINT_OWN_KEY(),
  INDEX_MUST_BE_HOME(),
  HOME_MUST_BE_INDEX(),
  HINT_WRITE_TYPE("type"),
  HINT_MOVE_THE_TEXT_TO("file"),
  TIMELINE_FILE_MUST_BE_TIMELINE(),
  TIMELINE_MUST_BE_TIMELINE_FILE(),
  EVENT_SHOWN_NOWHERE(),
  HINT_PUBLISH_THE_TIMELINE("file"),
  LINK_TO_MISSING_HEADING_HERE("what"),
  PICTURE_NOT_IN_IMAGES("what"),
  HINT_PICTURE_PATH(),
  LINK_OUTSIDE_THE_SITE("what"),
  HINT_LINK_INSIDE(),
  HINT_CHECK_SPELLING_AND_FOLDER(),
  HINT_LINK_TO_MARKDOWN(),
  IMAGE_DOES_NOT_EXIST("what"),
  LINK_TO_MISSING_FILE("what"),
  LINK_TO_MISSING_PAGE("what", "file"),
  HINT_CHECK_THE_FILE_NAME(),
  IMAGE_IS_MARKDOWN("what"),
  HINT_SHOW_AN_IMAGE_FILE(),
  LINK_TO_EVENT("what"),
  HINT_LINK_TO_THE_TIMELINE("example"),
  LINK_TO_DRAFT("what"),
  HINT_PUBLISH_FIRST("file"),
  LINK_TO_MISSING_HEADING("what", "file"),
  HINT_NO_HEADINGS("file"),
  HINT_ITS_HEADINGS("headings"),
  HINT_ITS_HEADINGS_AND_ANCHORS("headings"),

  // dates against each other and the build's day (content.PublicationDates, pages.BuildDay)
  HELD_BACK("date", "today"),
  HINT_PUBLISH_NOW("setting"),
  TODAY_IS("day", "why"),
  TODAY_FROM_SOURCE_DATE_EPOCH("variable"),
  TODAY_FROM_LAST_COMMIT(),
  TODAY_FROM_CLOCK_UNCOMMITTED(),
  TODAY_FROM_CLOCK_NOT_IN_GIT(),
  EVENT_IN_THE_FUTURE("date"),
  HINT_EVENT_IN_THE_FUTURE(),
  PAGE_IN_THE_FUTURE("type", "date"),
  HINT_PAGE_IN_THE_FUTURE(),
  UPDATED_BEFORE_DATE("updated", "date"),
  HINT_UPDATED_ON_OR_AFTER("date"),
  UPDATED_IN_THE_FUTURE("updated"),
  HINT_DAY_OF_LAST_CHANGE(),
  SOURCE_UPDATED_TOO_LATE("source_updated", "source", "updated"),
  HINT_SOURCE_UPDATED("source", "updated"),
  LINK_TO_HELD_BACK("address", "file", "date"),
  HINT_LINK_ON_THAT_DAY("setting"),
  SOURCE_DATE_EPOCH_NOT_SECONDS("variable", "value"),

  // the language check (content.LanguageLint, content.TermList)
  LINT_RULE_UNKNOWN("rule"),
  HINT_LINT_RULES("rules"),
  LINT_NESTED_BRACKETS(),
  HINT_LINT_NESTED_BRACKETS(),
  LINT_HALF_WIDTH("sign", "language"),
  HINT_LINT_HALF_WIDTH("full_width"),
  LINT_SPACE("language"),
  HINT_LINT_SPACE("language"),
  LINT_FULL_WIDTH("sign"),
  HINT_LINT_FULL_WIDTH("ordinary"),
  LINT_EN_DASH(),
  LINT_CJK_DASH(),
  LINT_SPACED_HYPHEN(),
  HINT_LINT_WRITE("dash"),
  LINT_YEAR_RANGE("range"),
  HINT_LINT_YEAR_RANGE("range"),
  LINT_HYPHEN_BETWEEN_CJK("language"),
  HINT_LINT_HYPHEN_BETWEEN_CJK("dash", "and"),
  LINT_TERM("avoid"),
  HINT_LINT_TERM("write", "file"),
  CHINESE(),
  JAPANESE(),
  THE_TERM_LIST(),
  HINT_TERM_LIST_FORM(),
  TERM_LIST_NOT_LANGUAGES(),
  HINT_TERM_LIST_EXAMPLE(),
  NOT_A_LANGUAGE(),
  TERM_LIST_NOT_WORDS("lang"),
  HINT_TERM_LIST_INDENT("lang"),
  TERM_LIST_LINE_NOT_A_PAIR(),
  HINT_TERM_LIST_BOTH_WORDS(),

  // tables of data/ (content.DataTable, i18n.UiStrings, timeline.TimelineChapters)
  TABLE_CANNOT_BE_READ("what", "detail"),
  TABLE_NOT_YAML("what", "detail"),

  // the timeline (timeline.TimelineChecks, timeline.TimelineChapters)
  EVENT_DATE_DIFFERS("date", "original_date", "original"),
  HINT_CORRECT_THE_DATE("original"),
  EVENT_KIND_DIFFERS("kind", "original_kind", "original"),
  HINT_CORRECT_THE_KIND("original"),
  EVENT_ANCHOR_TWICE("anchor", "other"),
  HINT_RENAME_ONE_OF_THE_TWO(),
  EVENT_ANCHOR_IS_A_YEAR("anchor"),
  HINT_START_WITH_THE_YEAR(),
  CHAPTER_KEY_WITHOUT_YEAR("key"),
  HINT_CHAPTER_YEAR("example"),
  THE_TABLE(),
  HINT_TABLE_FORM(),
  UI_STRING_MISSING("key", "lang", "has"),
  HINT_ADD_UI_STRING("key", "lang"),
  UI_TABLE_MISSING(),
  HINT_COPY_UI_TABLE(),
  TABLE_NOT_KEYS(),
  HINT_SEE_UI_TABLE(),
  KEY_NOT_A_WORD(),
  HINT_WRITE_KEY_TEXT(),
  UI_STRING_TWICE("key"),
  UI_STRING_WITHOUT_TEXT("key"),
  HINT_WRITE_ITS_TEXT(),

  // images/ (images.PictureFolder, images.ImageFormat, images.SidecarReader, images.SvgSafety)
  JPEG_PHOTOGRAPH(),
  PNG_IMAGE(),
  WEBP_IMAGE(),
  SVG_DRAWING(),
  PICTURE_IN_A_FOLDER(),
  HINT_MOVE_TO_IMAGES_WITH_SIDECAR("name"),
  NEITHER_PICTURE_NOR_SIDECAR(),
  HINT_PICTURE_KINDS("name"),
  PICTURE_NAME_WITH_SIGNS("name"),
  HINT_PICTURE_NAME(),
  SIDECAR_WITHOUT_PICTURE("picture"),
  HINT_RENAME_SIDECAR(),
  PICTURE_WITHOUT_SIDECAR(),
  HINT_CREATE_SIDECAR("sidecar"),
  PICTURE_TOO_BIG("size", "limit"),
  HINT_SAVE_IT_SMALLER(),
  PICTURE_CANNOT_BE_READ("detail"),
  HINT_CHECK_IT(),
  HINT_SAVE_THE_PICTURE_AGAIN(),
  PICTURE_OF_ANOTHER_FORMAT("named", "actual"),
  PICTURE_OF_NO_FORMAT("named"),
  HINT_RENAME_PICTURE_TO("name"),
  HINT_SAVE_AS_A_PICTURE(),
  PICTURE_TOO_MANY_PIXELS("width", "height", "millions", "side"),
  HINT_MAKE_IT_SMALLER(),
  PICTURE_CUT_SHORT(),
  PICTURE_BROKEN("detail"),
  HINT_COPY_THE_ORIGINAL_AGAIN(),
  SIDECAR_TOO_BIG(),
  HINT_SIDECAR_IS_SHORT(),
  SIDECAR_NOT_UTF8(),
  HINT_SAVE_IT_AS_UTF8(),
  SIDECAR_CANNOT_BE_READ("detail"),
  SIDECAR_TOO_DEEP(),
  HINT_SIDECAR_LANGUAGES_DIRECTLY(),
  SIDECAR_ANCHORS(),
  HINT_SIDECAR_NO_ANCHORS(),
  SIDECAR_SECOND_COLON(),
  HINT_SIDECAR_QUOTE(),
  SIDECAR_NOT_YAML("detail"),
  HINT_SIDECAR_FORM(),
  SIDECAR_EMPTY(),
  HINT_SIDECAR_FIELDS(),
  HINT_SIDECAR_FIELDS_ARE("fields"),
  SIDECAR_FIELD_UNKNOWN("field"),
  HINT_KEEP_ONE_OF_THEM("line"),
  SIDECAR_FIELD_MISSING("field"),
  HINT_ADD_IT_PER_LANGUAGE("field"),
  HINT_ADD_IT_OR_ONE_TEXT("field"),
  SIDECAR_FIELD_EMPTY("field"),
  SIDECAR_FIELD_NEEDS_LANGUAGES("field"),
  HINT_WRITE_IT_PER_LANGUAGE("field"),
  SIDECAR_FIELD_IS_A_LIST("field"),
  SIDECAR_NOT_A_LANGUAGE("code"),
  HINT_WRITE_UNDER_LANGUAGES("field"),
  SIDECAR_LANGUAGE_EMPTY("field", "lang"),
  HINT_WRITE_IT_AFTER("lang"),
  SIDECAR_LANGUAGE_MISSING("field", "lang"),
  HINT_ADD_A_LANGUAGE_LINE("lang", "field"),
  LICENCE_MISSING(),
  HINT_ADD_A_LICENCE("licences"),
  HINT_KNOWN_LICENCES("licences"),
  LICENCE_EMPTY(),
  LICENCE_UNKNOWN("value"),
  SVG_DOCTYPE(),
  HINT_SVG_REMOVE_DOCTYPE(),
  SVG_ENTITY(),
  HINT_SVG_WRITE_THE_CHARACTER(),
  SVG_PROCESSING_INSTRUCTION("target"),
  HINT_SVG_NOTHING_OF_ITS_OWN(),
  SVG_ELEMENT_NOT_ALLOWED("element"),
  SVG_SCRIPT("element"),
  HINT_SVG_PLAIN("elements"),
  SVG_ATTRIBUTE_UNSAFE("attribute", "element", "why"),
  HINT_SVG_RUNS_NOTHING(),
  SVG_WITHOUT_SIZE(),
  HINT_SVG_SIZE(),
  SVG_STYLE_UNSAFE("why"),
  HINT_SVG_OWN_STYLE(),
  SVG_NOT_XML("detail"),
  HINT_SVG_SAVE_AGAIN(),
  SVG_WITHOUT_SVG(),
  HINT_SVG_SAVE_AS_SVG(),
  SVG_EVENT_HANDLER(),
  SVG_OTHER_VOCABULARY("namespace"),
  SVG_LEADS_OUT("address"),
  SVG_SAYS("why"),
  SVG_IMPORTS(),
  SVG_HOLDS_A_PROGRAM(),
  SVG_REFERS_OUTSIDE(),

  // titles on share images (share.TitleGlyphs)
  TITLE_CHARACTER_NOT_IN_FONT("characters"),
  TITLE_CHARACTERS_NOT_IN_FONT("characters"),
  HINT_ADD_IT_TO_THE_FONT(),
  HINT_ADD_THEM_TO_THE_FONT(),

  // translations (translations.TranslationStatus)
  TRANSLATION_MISSING("key", "lang", "expected"),
  HINT_TRANSLATE_IT("expected", "from", "updated"),
  TRANSLATION_IS_A_DRAFT("lang", "key"),
  HINT_PUBLISH_THE_TRANSLATION(),
  TRANSLATED_FROM_NOT_FOUND("lang", "key"),
  HINT_TRANSLATED_FROM_NOT_FOUND(),
  SOURCE_UPDATED_MISSING(),
  HINT_ADD_SOURCE_UPDATED("source", "updated"),
  TRANSLATION_STALE("source", "updated", "source_updated"),
  HINT_UPDATE_THE_TRANSLATION("updated"),

  // the build's summary lines (bake.SiteBake, bake.CheckContent)
  BUILD_FAILED("count"),
  CONTENT_PROBLEMS_ONE("count"),
  CONTENT_PROBLEMS_MANY("count"),
  CHECK_FOUND("count", "millis"),
  CHECK_CLEAN("files", "millis"),

  // the preview's and translation-status's own lines (preview.LivePreview, preview.ErrorPage,
  // translations.TranslationStatusCommand)
  PROBLEMS_ONE("count"),
  PROBLEMS_MANY("count"),
  PREVIEW_FAILED("count", "millis"),
  PREVIEW_BAKED("millis"),
  PREVIEW_PROBLEMS_LISTED("count"),
  TRANSLATION_STATUS_FILES_LEFT_OUT(),
  TRANSLATION_STATUS_STRICT("setting"),

  // --- the message tables themselves (i18n.ProblemText): fixed English, readable when broken
  MESSAGES_TABLE_MISSING(
      fixed("the table of messages is missing (copy data/messages/en.yml and translate it)")),
  MESSAGES_TABLE_UNREADABLE(
      fixed(
          "this table of messages cannot be read ({detail}); until it is fixed, messages are in"
              + " English"),
      "detail"),
  MESSAGES_NOT_A_TABLE(
      fixed("the table of messages must be 'message_id: text' lines, as in data/messages/en.yml")),
  MESSAGES_KEY_NOT_A_WORD(fixed("a message id must be a plain word, as in 'field_unknown: …'")),
  MESSAGES_KEY_TWICE(
      fixed("the message '{key}' is given twice (keep one of the lines {first} and {second})"),
      "key",
      "first",
      "second"),
  MESSAGES_KEY_UNKNOWN(
      fixed(
          "'{key}' is not a message of the site (correct the id as data/messages/en.yml has it,"
              + " or remove the line)"),
      "key"),
  MESSAGES_KEY_MISSING(
      fixed(
          "the message '{key}' is missing in {lang} (add '{key}: …' with its text in {lang};"
              + " data/messages/en.yml has it in English)"),
      "key",
      "lang"),
  MESSAGES_NO_TEXT(
      fixed("the message '{key}' has no text (write it after the colon on the same line)"), "key"),
  MESSAGES_PLACEHOLDER_MISSING(
      fixed(
          "the message '{key}' leaves out {placeholder}, so a part of what is wrong would not be"
              + " said (write {placeholder} where it belongs in the sentence)"),
      "key",
      "placeholder"),
  MESSAGES_PLACEHOLDER_UNKNOWN(
      fixed(
          "the message '{key}' has {placeholder}, which is never given a value (its"
              + " placeholders are: {placeholders})"),
      "key",
      "placeholder",
      "placeholders");

  private final List<String> placeholders;
  private final String fixedText;

  Message(String... placeholders) {
    this(null, placeholders);
  }

  Message(Fixed fixed, String... placeholders) {
    this.placeholders = List.of(placeholders);
    this.fixedText = fixed == null ? null : fixed.text();
  }

  /** The message's id in the tables: the constant's name in lower case, such as field_unknown. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The names of the placeholders, {@code {field}} written as "field", in order. */
  public List<String> placeholders() {
    return placeholders;
  }

  /**
   * The English text of a message that is not in the tables: one about the tables themselves, which
   * must be readable when they are broken. Empty for every other message.
   */
  public Optional<String> fixedText() {
    return Optional.ofNullable(fixedText);
  }

  /**
   * The message with the values of its placeholders, in order: text shown as it is (what the editor
   * wrote, a file's path, a library's own detail), a number, a {@link java.time.Month}, or a {@link
   * Phrase} told in the same language.
   *
   * @throws IllegalArgumentException when the number of values is not that of the placeholders
   */
  public Phrase with(Object... values) {
    return new Phrase(this, List.of(values));
  }

  private static Fixed fixed(String text) {
    return new Fixed(text);
  }

  /** The English text of a message that the tables do not hold. */
  private record Fixed(String text) {}
}

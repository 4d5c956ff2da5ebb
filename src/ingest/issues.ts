/** A problem found in an input file, located as a person would look for it. */
export interface ImportIssue {
  readonly severity: 'error' | 'warning';
  readonly code: IssueCode;
  readonly file: string;
  /** Physical line of the file as a text editor counts it (1 = the header). */
  readonly line: number | null;
  readonly column: string | null;
  readonly value?: string;
  /** Extra facts the message needs (expected type, allowed values, the other line). */
  readonly detail?: string;
  /** The allowed values closest to a value that is not allowed, nearest first. */
  readonly suggestion?: string;
  /** How many cells the issue stands for, where it is reported once for all of them. */
  readonly count?: number;
  /**
   * What the message of a mapping or wave problem names (field paths, values); its `detail`
   * is then the problem's key (see MappingProblemKey).
   */
  readonly args?: Readonly<Record<string, string>>;
}

export type IssueCode =
  | 'empty_file'
  | 'no_data_rows'
  | 'missing_column'
  | 'field_count'
  | 'unclosed_quote'
  | 'required'
  | 'bad_integer'
  | 'bad_number'
  | 'bad_date'
  | 'bad_timestamp'
  | 'bad_boolean'
  | 'not_in_enum'
  | 'out_of_range'
  | 'duplicate_key'
  | 'unknown_reference'
  // Reading a portfolio table as people write it
  | 'value_normalised'
  | 'unknown_column_ignored'
  | 'duplicate_column'
  | 'header_encoding'
  | 'header_separator'
  | 'unknown_file'
  | 'duplicate_table'
  | 'no_tables'
  // Reading a survey export or a spreadsheet
  | 'binary_file'
  | 'nul_replaced'
  | 'workbook_as_csv'
  | 'unsupported_format'
  | 'too_large'
  | 'no_header'
  | 'bad_workbook'
  // Mapping a survey export to the standard questionnaire
  | 'bad_mapping'
  | 'unknown_column'
  | 'score_out_of_scale'
  | 'unknown_label'
  | 'duplicate_respondent'
  | 'unknown_project'
  | 'non_canonical_id'
  | 'survey_exists'
  | 'survey_id_proposed'
  | 'bad_wave'
  /** The wave's year or fieldwork dates: neither given nor found in submission dates. */
  | 'wave_incomplete';

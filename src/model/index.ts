export * from './enums';
export * from './questions';
export * from './tables';
export * from './valueLabels';
export * from './dataLabels';

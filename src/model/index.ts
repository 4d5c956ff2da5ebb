export * from './enums';
export * from './tables';
export * from './valueLabels';
export * from './dataLabels';

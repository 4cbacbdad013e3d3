import '../../utils/i18n/english';

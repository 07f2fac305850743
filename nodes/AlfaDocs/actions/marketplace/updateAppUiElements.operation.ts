import { uiElementsOperation } from './uiElements';

export const { description, execute } = uiElementsOperation('updateAppUiElements');

import torch

x = torch.tensor(0.5)
h = 1e-6
s = torch.sigmoid(x)
by_hand = s * (1 - s)
central = (torch.sigmoid(x + h) - torch.sigmoid(x - h)) / (2 * h)
print(by_hand, central)
#> tensor(0.2350) tensor(0.2086)
print(torch.allclose(central, by_hand))
#> False

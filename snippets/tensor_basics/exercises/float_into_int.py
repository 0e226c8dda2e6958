import torch

prices = torch.arange(4)
prices[1:3] = 2.7
print(prices)
#> tensor([0, 2, 2, 3])

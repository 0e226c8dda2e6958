import torch

x = torch.tensor([3.0, -4.0])
l1 = torch.abs(x).sum

# |3| + |-4| 明明是 7
print(l1 == 7)
#> False
print(l1 == torch.linalg.vector_norm(x, ord=1))
#> False

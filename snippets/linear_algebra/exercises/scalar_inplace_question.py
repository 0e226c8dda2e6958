import torch

counts = torch.tensor([2, 4, 6])

# 乘以 0.5 得到一个新张量，没有问题
half = counts * 0.5
print(half)
#> tensor([1., 2., 3.])

# 想直接在原张量上减半，却报错了
counts *= 0.5
#> RuntimeError: result type Float can't be cast to the desired output type Long

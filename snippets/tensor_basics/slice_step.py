import torch

x = torch.arange(5)

# 切片也可以带步长：每隔一个取一个
print(x[::2])
#> tensor([0, 2, 4])

# 倒序要用 torch.flip
print(torch.flip(x, dims=[0]))
#> tensor([4, 3, 2, 1, 0])

# 和 Python 列表不同，步长不能为负
x[::-1]
#> ValueError: step must be greater than zero

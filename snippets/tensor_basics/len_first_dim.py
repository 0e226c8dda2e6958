import torch

x = torch.zeros((2, 3, 4))

# len() 只看第一个维度，和 Python 列表的外层长度一样
print(len(x))
#> 2

# 元素总数要用 numel()：2 * 3 * 4
print(x.numel())
#> 24

import torch
from torch import nn

torch.manual_seed(0)
X = torch.randn(8, 2)
y = X @ torch.tensor([[1.0], [-2.0]]) + 0.5

net = nn.Linear(2, 1)
optimizer = torch.optim.SGD(net.parameters(), lr=0.1)
loss_fn = nn.MSELoss()

for step in range(5):
    loss = loss_fn(net(X), y)
    loss.backward()
    optimizer.zero_grad()
    optimizer.step()
    print(f"{step}: loss {loss.item():.4f}")
    #> 0: loss 9.3378
    #> 1: loss 9.3378
    #> 2: loss 9.3378
    #> 3: loss 9.3378
    #> 4: loss 9.3378
